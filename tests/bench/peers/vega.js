// Vega-Lite 6.1 with vega-embed (canvas renderer): the filter updates a data field and the views
// re-run their dataflow, the idiomatic way to dim in Vega.
import embed from 'vega-embed';
import { changeset } from 'vega';
import { start, STRENGTH_SHADE } from './common.js';

let ctx, scatterView, heatView;
const rowsOf = (roles, matching) =>
	roles.map((r) => ({
		id: r.id,
		title: r.title,
		salary: r.salary,
		growth: r.growth,
		dim: !!matching && !matching.has(r.id)
	}));
start({
	async init(c) {
		ctx = c;
		const { roles, skills, heatRows, scatterEl, heatEl } = c;
		scatterView = (
			await embed(
				scatterEl,
				{
					$schema: 'https://vega.github.io/schema/vega-lite/v6.json',
					width: 900,
					height: 400,
					data: { name: 'roles', values: rowsOf(roles, null) },
					mark: { type: 'circle', size: roles.length > 300 ? 12 : 120 },
					encoding: {
						x: { field: 'growth', type: 'quantitative', title: 'Projected growth (%)' },
						y: {
							field: 'salary',
							type: 'quantitative',
							title: 'Median total pay (USD)',
							scale: { zero: false }
						},
						color: { condition: { test: 'datum.dim', value: '#c8cbd2' }, value: '#0072b2' },
						opacity: { condition: { test: 'datum.dim', value: 0.35 }, value: 0.8 },
						tooltip: [{ field: 'title' }, { field: 'salary' }, { field: 'growth' }]
					}
				},
				{ renderer: 'canvas', actions: false }
			)
		).view;
		const cells = heatRows.flatMap((r) =>
			skills.map((s) => ({
				id: r.id,
				role: r.title,
				skill: s.label,
				strength: r.skills.get(s.id) ?? 'none',
				dim: false
			}))
		);
		heatView = (
			await embed(
				heatEl,
				{
					$schema: 'https://vega.github.io/schema/vega-lite/v6.json',
					width: 700,
					height: heatRows.length * 20,
					data: { name: 'cells', values: cells },
					mark: 'rect',
					encoding: {
						x: {
							field: 'skill',
							type: 'nominal',
							sort: null,
							axis: { orient: 'top', labelAngle: -50 }
						},
						y: { field: 'role', type: 'nominal', sort: null },
						color: {
							field: 'strength',
							type: 'nominal',
							scale: {
								domain: Object.keys(STRENGTH_SHADE).concat('none'),
								range: Object.values(STRENGTH_SHADE).concat('#ffffff')
							}
						},
						opacity: { condition: { test: 'datum.dim', value: 0.28 }, value: 1 }
					}
				},
				{ renderer: 'canvas', actions: false }
			)
		).view;
	},
	async update(matching) {
		const dim = (id) => !!matching && !matching.has(id);
		await scatterView
			.change(
				'roles',
				changeset()
					.remove(() => true)
					.insert(rowsOf(ctx.roles, matching))
			)
			.runAsync();
		const cells = ctx.heatRows.flatMap((r) =>
			ctx.skills.map((s) => ({
				id: r.id,
				role: r.title,
				skill: s.label,
				strength: r.skills.get(s.id) ?? 'none',
				dim: dim(r.id)
			}))
		);
		await heatView
			.change(
				'cells',
				changeset()
					.remove(() => true)
					.insert(cells)
			)
			.runAsync();
	},
	async exportPng() {
		const url = await scatterView.toImageURL('png', 2);
		return (await fetch(url)).blob();
	}
});
