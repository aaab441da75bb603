/** SVG snapshots of the comparison charts and the requirements overview, as prerendered. */
import { describe, expect, it } from 'vitest';
import CompareDotsChart from '../../src/lib/charts/compare/CompareDotsChart.svelte';
import OverviewChart from '../../src/lib/charts/overview/OverviewChart.svelte';
import { buildRoleColors } from '../../src/lib/charts/colors';
import { buildComparisonModel } from '../../src/lib/charts/compare/model';
import { buildOverviewModel } from '../../src/lib/charts/overview/model';
import { loadSeedDataset } from '../helpers/dataset';
import { renderToSnapshot, svgsOf } from '../helpers/render';

const data = loadSeedDataset();
const colors = buildRoleColors(data.roles.map((r) => r.id));

describe('comparison snapshots', () => {
	it('pay and growth of ML engineer, data scientist and AI engineer', async () => {
		const model = buildComparisonModel(
			data,
			['machine-learning-engineer', 'data-scientist', 'ai-engineer'],
			colors
		);
		const html = renderToSnapshot(CompareDotsChart, { model, contextLabel: 'All 7 roles' });
		expect(html).toContain('$161,000');
		expect(html).toContain('34%');
		expect(html.match(/class="layercake-layout-svg"/g)).toHaveLength(2);
		await expect(svgsOf(html)).toMatchFileSnapshot('./__snapshots__/compare-pay-growth.svg');
	});

	it('requirements overview, filtered to Python', async () => {
		const model = buildOverviewModel(data, {
			matching: new Set([
				'machine-learning-engineer',
				'data-scientist',
				'ai-engineer',
				'software-engineer'
			]),
			compared: ['data-scientist']
		});
		const html = renderToSnapshot(OverviewChart, { model });
		expect(html.match(/class="seg /g)).toHaveLength(model.segments.length);
		await expect(svgsOf(html)).toMatchFileSnapshot('./__snapshots__/requirements-overview.svg');
	});
});
