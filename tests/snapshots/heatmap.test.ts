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

describe('heatmap SVG snapshot', () => {
	it.each(['wide', 'tall'] as const)('%s, all roles', async (orientation) => {
		const html = renderToSnapshot(HeatmapChart, { model: model(orientation) });
		expect(html.match(/class="cell /g)).toHaveLength(7 * 23);
		expect(html).toContain(
			'aria-label="Software engineer, SQL: Familiarity. “at a minimum, a familiarity with Linux/Unix, Perl, Shell, and SQL”."'
		);
		await expect(svgOf(html)).toMatchFileSnapshot(`./__snapshots__/heatmap-${orientation}.svg`);
	});

	it('wide, Python and SQL (all of): two roles lit, columns highlighted', async () => {
		const html = renderToSnapshot(HeatmapChart, { model: model('wide', ['python', 'sql'], 'all') });
		expect(html.match(/class="hl"/g)).toHaveLength(2);
		// Five roles dimmed, as groups of their 23 cells: a filter change touches no cell.
		const groups = html.split('<g class="role').slice(1);
		expect(groups).toHaveLength(7);
		const dimmed = groups.filter((g) => g.startsWith(' dimmed"'));
		expect(dimmed).toHaveLength(5);
		for (const g of dimmed) expect(g.match(/class="cell /g)).toHaveLength(23);
		await expect(svgOf(html)).toMatchFileSnapshot('./__snapshots__/heatmap-wide-python-sql.svg');
	});
});
