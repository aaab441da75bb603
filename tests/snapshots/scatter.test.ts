/**
 * SVG snapshots of the scatter as the server renders it (the prerendered page shows exactly this),
 * the way Observable Plot snapshots its marks. Update on purpose with `npx vitest run -u`, then look
 * at the diff: a changed snapshot is a changed chart.
 */
import { describe, expect, it } from 'vitest';
import ScatterChart from '../../src/lib/charts/scatter/ScatterChart.svelte';
import { buildRoleColors } from '../../src/lib/charts/colors';
import { measureWords } from '../../src/lib/data/words';
import { loadSeedDataset } from '../helpers/dataset';
import { renderToSnapshot, svgOf } from '../helpers/render';

const data = loadSeedDataset();
const props = (matching: Set<string> | null) => ({
	roles: data.roles,
	colors: buildRoleColors(data.roles.map((r) => r.id)),
	sources: new Map(data.sources.map((s) => [s.id, s])),
	words: measureWords(data.meta),
	salaryAsOf: data.meta.salaryAsOf,
	matching,
	height: 440
});

describe('scatter SVG snapshot', () => {
	it('all roles', async () => {
		const html = renderToSnapshot(ScatterChart, props(null));
		expect(html).toContain(
			'aria-label="Machine learning engineer: median total pay $161,000, projected growth 20% (2024–2034)"'
		);
		await expect(svgOf(html)).toMatchFileSnapshot('./__snapshots__/scatter.svg');
	});

	it('filtered to Python and SQL: others dimmed, nothing moved', async () => {
		const html = renderToSnapshot(
			ScatterChart,
			props(new Set(['data-scientist', 'software-engineer']))
		);
		expect(html.match(/class="point dimmed"/g)).toHaveLength(5);
		await expect(svgOf(html)).toMatchFileSnapshot('./__snapshots__/scatter-python-sql.svg');
	});
});
