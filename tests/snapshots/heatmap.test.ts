/** SVG snapshots of the heatmap as prerendered, in both layouts, unfiltered and filtered. */
import { describe, expect, it } from 'vitest';
import HeatmapChart from '../../src/lib/charts/heatmap/HeatmapChart.svelte';
import { buildRoleColors } from '../../src/lib/charts/colors';
import { buildHeatmapModel, type Orientation } from '../../src/lib/charts/heatmap/model';
import { matchRoles } from '../../src/lib/data/match';
import { loadSeedDataset, quoteLookup } from '../helpers/dataset';
import { renderToSnapshot, svgOf } from '../helpers/render';

const data = loadSeedDataset();
const quoteOf = quoteLookup(data);
const colors = buildRoleColors(data.roles.map((r) => r.id));
const model = (orientation: Orientation, chosen: string[] = [], mode: 'all' | 'any' = 'any') =>
	buildHeatmapModel(data, {
		sort: 'pay',
		orientation,
		chosen,
		matches: matchRoles(data.roles, chosen, mode),
		colors,
		quoteOf
	});

/** How many cells the prerendered shades draw (a subpath each). */
const cellsIn = (html: string) =>
	[...html.matchAll(/<path class="shades[^"]*" d="([^"]+)" vector-effect/g)]
		.map((m) => m[1]!.split('M').length - 1)
		.reduce((a, b) => a + b, 0);
/** The symbols prerendered for one strength, in one text. */
const symbolsOf = (html: string, strength: string) =>
	[...html.matchAll(new RegExp(`<text class="shades s-${strength}"[^>]*>([^<]*)</text>`, 'g'))]
		.map((m) => m[1])
		.join('');

describe('heatmap SVG snapshot', () => {
	it.each(['wide', 'tall'] as const)('%s, all roles', async (orientation) => {
		const html = renderToSnapshot(HeatmapChart, { model: model(orientation) });
		// Prerendered light: a path of cells per strength, 7 roles × 23 skills in all.
		expect(cellsIn(html)).toBe(7 * 23);
		// A symbol per requirement: Software engineer's four familiarities (Linux/Unix, Perl, Shell
		// and SQL) are the seed's only ones.
		expect(symbolsOf(html, 'familiarity')).toBe('○○○○');
		expect(symbolsOf(html, 'essential')).toMatch(/^●{17}$/);
		// The one cell that takes Tab is whole, with its name.
		expect(html.match(/class="cell /g)).toHaveLength(1);
		expect(html).toContain(
			'tabindex="0" aria-label="Machine learning engineer, Python: Essential. “It is necessary to be proficient in programming languages such as C++, Python, and Java”."'
		);
		await expect(svgOf(html)).toMatchFileSnapshot(`./__snapshots__/heatmap-${orientation}.svg`);
	});

	it('wide, Python and SQL (all of): two roles lit, columns highlighted', async () => {
		const html = renderToSnapshot(HeatmapChart, { model: model('wide', ['python', 'sql'], 'all') });
		expect(html.match(/class="hl"/g)).toHaveLength(2);
		// Five roles dimmed: their 5 × 23 cells drawn apart, faded.
		const dimmed = [...html.matchAll(/<path class="shades dimmed s-\w+" d="([^"]+)"/g)];
		expect(dimmed.map((m) => m[1]!.split('M').length - 1).reduce((a, b) => a + b)).toBe(5 * 23);
		expect(cellsIn(html)).toBe(7 * 23);
		await expect(svgOf(html)).toMatchFileSnapshot('./__snapshots__/heatmap-wide-python-sql.svg');
	});
});
