import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROLE_PALETTE } from '../../src/lib/charts/colors';
import { toPageDataset } from '../../src/lib/data/payload';
import { parseDataset } from '../../src/lib/data/parse';
import { themeColors } from '../../src/lib/charts/colors';
import { linkPreviewTags, previewSvg, siteUrl } from '../../src/lib/server/preview';
import { CHART_IDS } from '../../src/lib/share/links';
import { loadSeedDataset } from '../helpers/dataset';

const css = readFileSync('src/app.css', 'utf8');
const seed = toPageDataset(loadSeedDataset());
const attr = (svg: string, name: string) =>
	svg.match(new RegExp(`<svg[^>]* ${name}="([^"]+)"`))?.[1];
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

describe('link-preview images', () => {
	it('read the light theme’s colours from the page’s stylesheet', () => {
		const colors = themeColors(css, 'light');
		expect(colors.ink).toBe('#1b1d22');
		expect(colors['role-1']).toBe('#b84b00');
		expect(colors.highlight).toBe('#f2b134');
	});

	it.each(CHART_IDS)('%s: 800 × 420 (drawn at 1.5×), with its title and source', (chart) => {
		const { svg, alt } = previewSvg(chart, seed, css);
		expect([attr(svg, 'width'), attr(svg, 'height')]).toEqual(['800', '420']);
		expect(texts(svg).join(' ')).toContain('Source:');
		expect(alt.length).toBeGreaterThan(40);
		// Every mark inside the image.
		for (const m of svg.matchAll(/ (?:x|cx|x1|x2)="(-?[\d.]+)"/g)) expect(+m[1]!).toBeLessThan(800);
	});

	it('the scatter: the seven roles in their colours, the seed’s figures in its words', () => {
		const { svg, alt } = previewSvg('salary-vs-growth', seed, css);
		const dots = [...svg.matchAll(/<circle [^>]*fill="(#[0-9a-f]+)"/gi)].map((m) =>
			m[1]!.toLowerCase()
		);
		expect(dots.sort()).toEqual(ROLE_PALETTE.light.map((c) => c.toLowerCase()).sort());
		expect(texts(svg)).toContain('Median pay against projected job growth');
		expect(texts(svg)).toContain('Data scientist');
		expect(alt).toContain('Highest pay: Machine learning engineer, $161,000');
		expect(alt).toContain('Fastest growth: Data scientist, 34%');
	});

	it('the comparison and the overview: the default pair’s figures, every role’s total', () => {
		const pay = texts(previewSvg('compare-pay-growth', seed, css).svg);
		expect(pay).toEqual(expect.arrayContaining(['$161k', '$155k', '20%', '34%']));
		expect(pay).toContain('Comparing Machine learning engineer and Data scientist');
		const overview = texts(previewSvg('requirements-overview', seed, css).svg);
		// Data scientist: 12 requirements, the most.
		expect(overview.indexOf('Data scientist')).toBeLessThan(overview.indexOf('AI engineer'));
		expect(overview).toContain('12');
	});

	it('the heatmap: a cell per role and skill, a symbol per requirement', () => {
		const { svg } = previewSvg('skill-heatmap', seed, css);
		const skills = seed.skills.length;
		expect(svg.match(/<rect [^>]*rx="2"/g)).toHaveLength(seed.roles.length * skills);
		const asked = seed.roles.reduce((n, r) => n + r.requirements.length, 0);
		// One shape per requirement (an "expected" one is a ring and a half disc).
		const expected = seed.roles
			.flatMap((r) => r.requirements)
			.filter((q) => q.strength === 'expected');
		expect(svg.match(/<(?:circle|path) /g)).toHaveLength(asked + expected.length);
	});

	it('a dataset of its own: its words', () => {
		const other = toPageDataset(
			parseDataset(readFileSync('tests/fixtures/occupations.json', 'utf8'), 'occupations.json')
		);
		for (const chart of CHART_IDS) {
			const { svg } = previewSvg(chart, other, css);
			expect(svg).not.toContain('Coursera');
			expect(svg).not.toContain('machine');
		}
	});
});

describe('link-preview tags', () => {
	it('name the image, its size and its text; absolute where the site’s address is known', () => {
		const tags = linkPreviewTags(
			'skill-heatmap',
			seed,
			css,
			'https://jobs.example.org',
			'/explorer'
		);
		expect(tags).toContain(
			'<meta property="og:image" content="https://jobs.example.org/explorer/preview/skill-heatmap.png">'
		);
		expect(tags).toContain(
			'<meta property="og:url" content="https://jobs.example.org/explorer/embed/skill-heatmap">'
		);
		expect(tags).toContain('<meta property="og:image:width" content="1200">');
		expect(tags).toContain('<meta property="og:image:height" content="630">');
		expect(tags).toContain('<meta name="twitter:card" content="summary_large_image">');
		expect(tags).toMatch(/<meta name="twitter:image:alt" content="What each role asks for\. \S/);
		const home = linkPreviewTags(null, seed, css, '', '');
		expect(home).toContain('<meta property="og:image" content="/preview/salary-vs-growth.png">');
		expect(home).not.toContain('og:url');
	});

	it('a site address that is not one stops the build, saying which setting', () => {
		expect(siteUrl('https://jobs.example.org/')).toBe('https://jobs.example.org');
		expect(siteUrl('')).toBe('');
		expect(() => siteUrl('jobs.example.org')).toThrow(/^SITE_URL must be .*“jobs\.example\.org”/);
	});
});
