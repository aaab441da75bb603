// Observable Plot (SVG): the scatter and heatmap re-rendered on every filter change, as Plot does.
import * as Plot from '@observablehq/plot';
import { start, svgToPng, STRENGTH_SHADE } from './common.js';

let ctx;
const W = 960;
start({
	init(c) {
		ctx = c;
	},
	update(matching) {
		const { roles, skills, heatRows, scatterEl, heatEl } = ctx;
		const dim = (r) => matching && !matching.has(r.id);
		const scatter = Plot.plot({
			width: W,
			height: 440,
			x: { label: 'Projected growth (%)' },
			y: { label: 'Median total pay (USD)', grid: true },
			marks: [
				Plot.dot(roles, {
					x: 'growth',
					y: 'salary',
					r: roles.length > 300 ? 2 : 6,
					fill: (r) => (dim(r) ? '#c8cbd2' : '#0072b2'),
					fillOpacity: (r) => (dim(r) ? 0.35 : 0.8),
					title: 'title'
				}),
				roles.length <= 300
					? Plot.text(roles, {
							x: 'growth',
							y: 'salary',
							text: 'title',
							dx: 8,
							textAnchor: 'start'
						})
					: null
			]
		});
		const cells = heatRows.flatMap((r) =>
			skills.map((s) => ({
				role: r.title,
				skill: s.label,
				strength: r.skills.get(s.id) ?? 'none',
				dim: dim(r)
			}))
		);
		const heat = Plot.plot({
			width: W,
			height: 140 + heatRows.length * 22,
			marginLeft: 220,
			marginTop: 120,
			x: { domain: skills.map((s) => s.label), tickRotate: -50, axis: 'top' },
			y: { domain: heatRows.map((r) => r.title) },
			marks: [
				Plot.cell(cells, {
					x: 'skill',
					y: 'role',
					fill: (d) => STRENGTH_SHADE[d.strength] ?? '#fff',
					fillOpacity: (d) => (d.dim ? 0.28 : 1),
					stroke: '#d5d8de'
				})
			]
		});
		scatterEl.replaceChildren(scatter);
		heatEl.replaceChildren(heat);
	},
	exportPng() {
		const svg = ctx.scatterEl.querySelector('svg');
		return svgToPng(svg, W, 440);
	}
});
