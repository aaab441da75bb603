import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRoleColors } from '../../src/lib/charts/colors';
import { buildHeatmapModel } from '../../src/lib/charts/heatmap/model';
import { escapeXml } from '../../src/lib/data/format';
import { matchRoles } from '../../src/lib/data/match';
import {
	composeExportSvg,
	layoutExport,
	sanitiseSvg,
	wrapText
} from '../../src/lib/export/compose';
import { csvParseRows as parseCsv } from 'd3-dsv';
import { toCsv } from '../../src/lib/export/csv';
import { exportFileName } from '../../src/lib/export/filename';
import { heatmapTable, scatterTable } from '../../src/lib/export/tables';
import { measureWords } from '../../src/lib/data/words';
import { loadSeedDataset, quoteLookup } from '../helpers/dataset';

const data = loadSeedDataset();
const quoteOf = quoteLookup(data);
const sources = new Map(data.sources.map((s) => [s.id, s]));

describe('toCsv', () => {
	it.each([
		{ rows: [['a', 1]], expected: 'name,value\r\na,1\r\n' },
		{ rows: [['x, y', 2]], expected: 'name,value\r\n"x, y",2\r\n' },
		{ rows: [['say "hi"', 3]], expected: 'name,value\r\n"say ""hi""",3\r\n' },
		{ rows: [['two\nlines', null]], expected: 'name,value\r\n"two\nlines",\r\n' },
		{ rows: [['<b>bold</b>', 161000]], expected: 'name,value\r\n<b>bold</b>,161000\r\n' },
		{ rows: [['nan', NaN]], expected: 'name,value\r\nnan,\r\n' }
	])('$rows', ({ rows, expected }) => {
		expect(toCsv({ header: ['name', 'value'], rows })).toBe(expected);
	});

	it('refuses a row with the wrong number of fields', () => {
		expect(() => toCsv({ header: ['a', 'b'], rows: [['only one']] })).toThrow(
			'CSV row 1 has 1 fields; the header has 2'
		);
	});

	it('round-trips any text through parseCsv', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 3, maxLength: 3 }), {
					maxLength: 8
				}),
				(rows) => {
					const csv = toCsv({ header: ['a', 'b', 'c'], rows });
					// Text a spreadsheet would run as a formula comes back behind a quote mark.
					const safe = rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
					expect(parseCsv(csv)).toEqual([['a', 'b', 'c'], ...safe]);
				}
			),
			{ numRuns: 300 }
		);
	});

	it.each([
		{ value: '=HYPERLINK("http://x","y")', written: `"'=HYPERLINK(""http://x"",""y"")"` },
		{ value: '+1+1', written: "'+1+1" },
		{ value: '-2+3', written: "'-2+3" },
		{ value: '@SUM(A1)', written: "'@SUM(A1)" },
		{ value: '\tTab', written: "'\tTab" },
		{ value: '\r=1', written: `"'\r=1"` },
		{ value: -4.2, written: '-4.2' },
		{ value: 'Data scientist', written: 'Data scientist' }
	])('neutralises formula injection: $value', ({ value, written }) => {
		expect(toCsv({ header: ['x'], rows: [[value]] })).toBe(`x\r\n${written}\r\n`);
	});
});

describe('chart tables', () => {
	it('the scatter CSV holds only matching roles, plain numbers, highest pay first', () => {
		const matches = matchRoles(data.roles, ['python', 'sql'], 'all');
		const csv = toCsv(scatterTable(data.roles, matches, sources, measureWords(data.meta)));
		expect(parseCsv(csv)).toEqual([
			[
				'role_id',
				'role',
				'median_total_pay_usd',
				'projected_growth_percent',
				'growth_period',
				'chosen_skills_asked_for',
				'chosen_skills',
				'pay_source',
				'growth_source'
			],
			[
				'data-scientist',
				'Data scientist',
				'155000',
				'34',
				'2024–2034',
				'2',
				'2',
				'[3] Glassdoor',
				'[4] U.S. Bureau of Labor Statistics'
			],
			[
				'software-engineer',
				'Software engineer',
				'149000',
				'7',
				'2024–2034',
				'2',
				'2',
				'[6] Glassdoor',
				'[7] U.S. Bureau of Labor Statistics'
			]
		]);
		expect(csv.split('\r\n')[0]!.startsWith('role_id,')).toBe(true);
	});

	it('a role name with commas, quotes and markup survives the round trip', () => {
		const odd = { ...data.roles[0]!, id: 'odd', title: 'Engineer, "Senior" <script>x</script>' };
		const csv = toCsv(scatterTable([odd], null, sources, measureWords(data.meta)));
		expect(parseCsv(csv)[1]![1]).toBe('Engineer, "Senior" <script>x</script>');
	});

	it('the heatmap CSV is one row per requirement of the roles shown', () => {
		const colors = buildRoleColors(data.roles.map((r) => r.id));
		const all = heatmapTable(
			buildHeatmapModel(data, {
				sort: 'pay',
				orientation: 'wide',
				chosen: [],
				matches: matchRoles(data.roles, [], 'any'),
				colors,
				pageSize: 3,
				quoteOf
			}),
			data.roles,
			quoteOf
		);
		// Every page's roles are in the table, even though the grid shows three at a time.
		expect(all.rows).toHaveLength(46);
		const kafka = heatmapTable(
			buildHeatmapModel(data, {
				sort: 'pay',
				orientation: 'wide',
				chosen: ['kafka'],
				matches: matchRoles(data.roles, ['kafka'], 'any'),
				colors,
				quoteOf
			}),
			data.roles,
			quoteOf
		);
		expect(new Set(kafka.rows.map((r) => r[0]))).toEqual(new Set(['data-scientist']));
		expect(kafka.rows.find((r) => r[2] === 'kafka')).toEqual([
			'data-scientist',
			'Data scientist',
			'kafka',
			'Kafka',
			'Big-data platforms',
			'essential',
			'yes',
			'It is essential to have experience working with different types of data, knowledge of big data platforms like Apache Spark, Kafka, and Hadoop'
		]);
	});
});

describe('exportFileName', () => {
	it.each([
		{
			chart: 'salary-vs-growth',
			parts: { skills: ['python', 'sql'] },
			ext: 'png' as const,
			expected: 'salary-vs-growth--python-sql.png'
		},
		{ chart: 'skill-heatmap', parts: {}, ext: 'svg' as const, expected: 'skill-heatmap.svg' },
		{
			chart: 'compare-pay-growth',
			parts: { compare: ['data-scientist', 'ai-engineer'] },
			ext: 'csv' as const,
			expected: 'compare-pay-growth--data-scientist-vs-ai-engineer.csv'
		},
		{
			chart: 'x',
			parts: { skills: ['../../etc/passwd'] },
			ext: 'svg' as const,
			expected: 'x--etc-passwd.svg'
		}
	])('$expected', ({ chart, parts, ext, expected }) => {
		expect(exportFileName(chart, parts, ext)).toBe(expected);
	});

	it('stays short', () => {
		const long = exportFileName('skill-heatmap', { skills: data.skills.map((s) => s.id) }, 'png');
		expect(long.length).toBeLessThanOrEqual(124);
		expect(long).toMatch(/^skill-heatmap--python-cpp-.*[a-z]\.png$/);
	});
});

describe('composeExportSvg', () => {
	const text = {
		title: 'Median pay against projected job growth',
		subtitle: 'Roles asking for Python and SQL',
		source: 'Pay: Glassdoor median total pay, April 2026. Growth: BLS projections 2024–2034.',
		link: 'http://localhost:4173/?skills=python,sql&match=all'
	};
	const colors = {
		background: 'rgb(255, 255, 255)',
		ink: 'rgb(27, 29, 34)',
		muted: 'rgb(93, 98, 108)',
		accent: 'rgb(11, 92, 173)'
	};
	const opts = {
		bodyWidth: 600,
		bodyHeight: 400,
		body: '<svg x="0" y="0" width="600" height="400"><circle cx="10%" cy="20%" r="7" fill="rgb(0, 114, 178)"/><text x="5" y="5">Data scientist</text></svg>',
		text,
		colors
	};
	const out = composeExportSvg(opts);

	it('carries title, subtitle, source and link as text', () => {
		expect(out.svg).toContain('<title>Median pay against projected job growth</title>');
		expect(out.svg).toContain('>Roles asking for Python and SQL</text>');
		expect(out.svg).toContain('Source: Pay: Glassdoor median total pay, April 2026.');
		expect(out.svg).toContain('http://localhost:4173/?skills=python,sql&amp;match=all');
		expect(out.svg).toContain('>Data scientist</text>');
	});

	it('is sized around the chart, on an opaque background', () => {
		expect(out.width).toBe(648);
		expect(out.svg).toContain(`width="648" height="${out.height}"`);
		expect(out.height).toBeGreaterThan(400 + 80);
		expect(out.svg).toContain('<rect width="100%" height="100%" fill="rgb(255, 255, 255)"/>');
	});

	it('for a PNG, leaves the background out and says where the chart sits', () => {
		const png = composeExportSvg({ ...opts, transparent: true });
		expect(png.svg).not.toContain('<rect width="100%"');
		expect(png.svg).toContain(`<g transform="translate(${png.bodyX},${png.bodyY})">`);
		expect(png.bodyX).toBe(24);
		expect(png.bodyY).toBeGreaterThan(40);
		expect(png.bodyY + 400).toBeLessThan(png.height);
	});

	it('has no script, no stylesheet, no external reference', () => {
		expect(out.svg).not.toMatch(/<script|<style|<link|href=|url\(|class=/);
	});

	it('wraps long titles instead of running off the image', () => {
		const l = layoutExport(300, 100, {
			...text,
			title: 'A very long chart title that cannot possibly fit on one line of a narrow image'
		});
		expect(l.lines.filter((x) => x.size === 20).length).toBeGreaterThan(1);
	});

	it.each([
		{ text: 'one two three four', width: 40, size: 10, expected: ['one two', 'three four'] },
		{
			text: 'http://example.org/a/very/long/url',
			width: 60,
			size: 10,
			expected: ['http://example.', 'org/a/very/long', '/url']
		}
	])('wrapText($text)', ({ text, width, size, expected }) => {
		expect(wrapText(text, width, size, 0.4)).toEqual(expected);
	});

	it.each([
		['<script>alert(1)</script><g/>', '<g/>'],
		['<g onclick="alert(1)" onload=\'x\'/>', '<g/>'],
		['<image href="http://evil/x.png"/>', '<image/>'],
		['<use href="#local"/>', '<use href="#local"/>'],
		['<image href="data:image/png;base64,iVBOR"/>', '<image href="data:image/png;base64,iVBOR"/>'],
		['<image href="data:image/svg+xml,<svg onload=x>"/>', '<image/>'],
		['<foreignObject><div/></foreignObject>', '']
	])('sanitiseSvg(%s)', (input, expected) => {
		expect(sanitiseSvg(input)).toBe(expected);
	});

	it('escapes markup in text', () => {
		expect(escapeXml('<b>"R&D"</b>')).toBe('&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;');
	});
});

describe('comparison CSV', () => {
	it('names the overlap of each requirement', async () => {
		const { buildComparisonModel } = await import('../../src/lib/charts/compare/model');
		const { compareRequirementsTable } = await import('../../src/lib/export/tables');
		const colors = buildRoleColors(data.roles.map((r) => r.id));
		const model = buildComparisonModel(
			data,
			['machine-learning-engineer', 'ai-engineer', 'software-engineer'],
			colors
		);
		const rows = new Map(compareRequirementsTable(model).rows.map((r) => [r[0], r.at(-1)]));
		expect(rows.get('python')).toBe('shared by all');
		expect(rows.get('sql')).toBe('only Software engineer');
		expect(rows.get('mathematics')).toBe('some');
	});
});
