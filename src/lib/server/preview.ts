/**
 * The link-preview images (`og:image`): each chart of the default view as a 1200 × 630 PNG, made at
 * build time with no browser. The frame is the export's own (`composeExportSvg`: title, subtitle,
 * chart, source line; the page's link is left out, a preview being of that page); the chart inside
 * is drawn from the same models the page draws it from, in the light theme's colours read from
 * `app.css`. The image is laid out at 800 × 420 and drawn at 1.5×, so its words stay legible where a
 * chat shows the preview some 500 px wide.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import {
	buildComparisonModel,
	type ComparisonModel,
	type MetricPanel
} from '$lib/charts/compare/model';
import { buildHeatmapModel, type HeatmapModel } from '$lib/charts/heatmap/model';
import { buildOverviewModel } from '$lib/charts/overview/model';
import { buildScatterModel, DENSE_THRESHOLD, SCATTER_RADIUS } from '$lib/charts/scatter/model';
import { buildRoleColors, themeColors } from '$lib/charts/colors';
import { fitText } from '$lib/charts/fitText';
import { resolveComparison } from '$lib/data/comparison';
import { allRoles, escapeXml, formatList, formatMoneyShort, formatPercent } from '$lib/data/format';
import { matchRoles } from '$lib/data/match';
import type { PageDataset } from '$lib/data/payload';
import type { StrengthId } from '$lib/data/strength';
import { datasetWords, type Words } from '$lib/data/words';
import { composeExportSvg, layoutExport, MARGIN, type ExportText } from '$lib/export/compose';
import { chartSource, chartTitle, chartWords, type ChartId } from '$lib/share/links';

/** The image's size in pixels, and the size it is laid out at. */
export const PREVIEW = { width: 1200, height: 630, scale: 1.5 } as const;
const WIDTH = PREVIEW.width / PREVIEW.scale;
const HEIGHT = PREVIEW.height / PREVIEW.scale;

type Paint = (name: string) => string;

/** What every chart's preview is drawn from: the dataset, its words, the theme, the role colours. */
interface Scene {
	ds: PageDataset;
	words: Words;
	paint: Paint;
	colors: Map<string, number>;
	/** The default comparison's model (its roles, their figures and requirements). */
	compared: () => ComparisonModel;
}

interface Body {
	svg: string;
	/** What the chart shows, in words: the image's text alternative. */
	alt: string;
}

const text = (
	x: number,
	y: number,
	content: string,
	attrs: string,
	anchor: 'start' | 'middle' | 'end' = 'start'
) =>
	`<text x="${x.toFixed(1)}" y="${y.toFixed(1)}"${anchor === 'start' ? '' : ` text-anchor="${anchor}"`} ${attrs}>${escapeXml(content)}</text>`;

const line = (x1: number, y1: number, x2: number, y2: number, attrs: string) =>
	`<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" ${attrs}/>`;

const roleColor = (paint: Paint, index: number) => paint(`--role-${Math.max(0, index)}`);

/** A role's name in the margin left of a chart, ending at `x`, cut to `room`. */
const roleName = (paint: Paint, x: number, y: number, title: string, room: number) =>
	text(
		x,
		y,
		fitText(title, room, { size: 11, weight: 600 }, 0.56),
		`font-size="11" font-weight="600" fill="${paint('--ink')}"`,
		'end'
	);

function scatter({ ds, words, paint, colors }: Scene, w: number, h: number): Body {
	const pad = { top: 18, right: 8, bottom: 30, left: 48 };
	const pw = w - pad.left - pad.right;
	const ph = h - pad.top - pad.bottom;
	const dense = ds.roles.length > DENSE_THRESHOLD;
	const m = buildScatterModel(ds.roles, {
		width: pw,
		height: ph,
		colors,
		words,
		radius: dense ? 2.5 : SCATTER_RADIUS - 1,
		labelLimit: dense ? 8 : undefined
	});
	const X = (p: number) => (p / 100) * pw;
	const Y = (p: number) => (p / 100) * ph;
	const x = scaleLinear().domain(m.xDomain).range([0, pw]);
	const y = scaleLinear().domain(m.yDomain).range([ph, 0]);
	const small = `font-size="11" fill="${paint('--muted')}"`;
	const halo = `paint-order="stroke" stroke="${paint('--surface')}" stroke-width="3" stroke-linejoin="round"`;
	const parts = [
		...m.xTicks.map((t) => line(x(t), 0, x(t), ph, `stroke="${paint('--grid')}"`)),
		...m.yTicks.map((t) => line(0, y(t), pw, y(t), `stroke="${paint('--grid')}"`)),
		...m.xTicks.map((t) => text(x(t), ph + 15, formatPercent(t), small, 'middle')),
		...m.yTicks.map((t) => text(-6, y(t) + 4, formatMoneyShort(t, words.currency), small, 'end')),
		text(
			-pad.left,
			-7,
			words.payAxis,
			`font-size="11" font-weight="600" fill="${paint('--ink-2')}"`
		),
		text(
			pw,
			ph + 29,
			`${words.growthAxis} →`,
			`font-size="11" font-weight="600" fill="${paint('--ink-2')}"`,
			'end'
		),
		line(
			0,
			Y(m.reference.py),
			pw,
			Y(m.reference.py),
			`stroke="${paint('--ref')}" stroke-dasharray="4 4"`
		),
		line(
			X(m.reference.px),
			0,
			X(m.reference.px),
			ph,
			`stroke="${paint('--ref')}" stroke-dasharray="4 4"`
		),
		...m.points.map(
			(p) =>
				`<circle cx="${X(p.px).toFixed(1)}" cy="${Y(p.py).toFixed(1)}" r="${m.radius}" fill="${roleColor(paint, p.colorIndex)}" stroke="${paint('--surface')}" stroke-width="1"/>`
		),
		// Over the points, with a halo, as on the page.
		...m.annotations.map((a) =>
			text(X(a.px) + a.dx, Y(a.py) + a.dy, a.text, `${small} ${halo}`, a.anchor)
		)
	];
	const at = new Map(m.points.map((p) => [p.id, p]));
	for (const l of m.labels) {
		const p = at.get(l.id)!;
		const [ox, oy] = [X(p.px), Y(p.py)];
		if (l.leader)
			parts.push(
				line(
					ox + l.leader.x1,
					oy + l.leader.y1,
					ox + l.leader.x2,
					oy + l.leader.y2,
					`stroke="${paint('--ref')}"`
				)
			);
		parts.push(
			text(
				(l.px === undefined ? ox : X(l.px)) + l.dx,
				oy + l.dy,
				l.text,
				`font-size="12" font-weight="600" fill="${roleColor(paint, l.colorIndex)}" ${halo}`,
				l.anchor
			)
		);
	}
	return {
		svg: `<g transform="translate(${pad.left},${pad.top})">${parts.join('')}</g>`,
		alt: m.summary
	};
}

/** Room for role names left of a chart. */
const NAMES = 172;
const GRID_PAD = { top: 74, right: 4, bottom: 14, left: NAMES };

/**
 * A strength's symbol as shapes (the page writes it as a character, ● ◐ ○ ·, which the preview's
 * font lacks): a disc, a ring half filled from the left, a ring, a dot.
 */
function symbol(strength: StrengthId, x: number, y: number, r: number, ink: string): string {
	const at = `cx="${x.toFixed(1)}" cy="${y.toFixed(1)}"`;
	const ring = `<circle ${at} r="${(r - 0.75).toFixed(1)}" fill="none" stroke="${ink}" stroke-width="1.5"/>`;
	switch (strength) {
		case 'essential':
			return `<circle ${at} r="${r.toFixed(1)}" fill="${ink}"/>`;
		case 'expected':
			return `${ring}<path d="M${x.toFixed(1)} ${(y - r).toFixed(1)}a${r.toFixed(1)} ${r.toFixed(1)} 0 0 0 0 ${(2 * r).toFixed(1)}z" fill="${ink}"/>`;
		case 'familiarity':
			return ring;
		default:
			return `<circle ${at} r="1.5" fill="${ink}"/>`;
	}
}

/** The heatmap's grid: roles down, skills across, a shade and a symbol per requirement. */
function grid(model: HeatmapModel, paint: Paint, w: number, h: number, rows: number): string {
	const pad = GRID_PAD;
	const x = scaleBand()
		.domain(model.xDomain)
		.range([pad.left, w - pad.right])
		.paddingInner(0.1);
	const y = scaleBand()
		.domain(model.yDomain.slice(0, rows))
		.range([pad.top, Math.min(h - pad.bottom, pad.top + rows * 36)])
		.paddingInner(0.12);
	const bw = x.bandwidth();
	const bh = y.bandwidth();
	const parts: string[] = [];
	for (const c of model.cells) {
		const [cx, cy] = [x(c.xKey), y(c.yKey)];
		if (cx === undefined || cy === undefined) continue;
		const s = c.strength ?? 'none';
		parts.push(
			`<rect x="${cx.toFixed(1)}" y="${cy.toFixed(1)}" width="${bw.toFixed(1)}" height="${bh.toFixed(1)}" rx="2" fill="${paint(`--s-${s}`)}"${c.strength ? '' : ` stroke="${paint('--s-none-line')}"`}/>`
		);
		if (c.strength)
			parts.push(
				symbol(c.strength, cx + bw / 2, cy + bh / 2, Math.min(bw, bh) * 0.22, paint(`--s-${s}-ink`))
			);
	}
	const room = pad.left - 8;
	for (const r of model.rows) {
		const cy = y(r.id);
		if (cy === undefined) continue;
		parts.push(roleName(paint, pad.left - 8, cy + bh / 2 + 4, r.title, room));
	}
	for (const c of model.columns) {
		const cx = x(c.id)! + bw / 2 + 3;
		parts.push(
			`<text transform="translate(${cx.toFixed(1)},${pad.top - 5}) rotate(-55)" font-size="10" fill="${paint('--ink-2')}">${escapeXml(fitText(c.short, pad.top + 10, { size: 10, weight: 400 }, 0.56))}</text>`
		);
	}
	const last = y(model.yDomain[Math.min(rows, model.yDomain.length) - 1]!)! + bh;
	for (const g of model.groups) {
		const [a, b] = [x(g.first)!, x(g.last)! + bw];
		parts.push(line(a, last + 4, b, last + 4, `stroke="${paint('--rule')}"`));
	}
	return parts.join('');
}

function heatmap({ ds, paint, colors }: Scene, w: number, h: number): Body {
	// As many roles as fit at 24 px a row, the best paid first.
	const rows = Math.min(ds.roles.length, Math.floor((h - GRID_PAD.top - GRID_PAD.bottom) / 24));
	const model = buildHeatmapModel(ds, {
		sort: 'pay',
		orientation: 'wide',
		chosen: [],
		matches: matchRoles(ds.roles, [], 'any'),
		colors,
		pageSize: rows
	});
	return { svg: grid(model, paint, w, h, rows), alt: model.summary };
}

function compareRequirements(scene: Scene, w: number, h: number): Body {
	const { ds, paint, colors } = scene;
	const compared = scene.compared();
	const model = buildHeatmapModel(
		{ roles: compared.roles, skills: compared.skills, categories: ds.categories },
		{
			sort: 'given',
			orientation: 'wide',
			chosen: [],
			matches: matchRoles(compared.roles, [], 'any'),
			colors
		}
	);
	return { svg: grid(model, paint, w, h, compared.roles.length), alt: compared.summary };
}

function comparePay(scene: Scene, w: number): Body {
	const { ds, paint } = scene;
	const model = scene.compared();
	const left = NAMES;
	const pw = w - left - 12;
	const parts: string[] = [];
	let top = 14;
	const draw = (panel: MetricPanel, format: (v: number) => string) => {
		const X = (p: number) => left + (p / 100) * pw;
		parts.push(
			text(0, top, panel.title, `font-size="12" font-weight="700" fill="${paint('--ink')}"`)
		);
		const rows = [null, ...panel.chosen];
		const rowY = (i: number) => top + 18 + i * 20;
		const axis = rowY(rows.length - 1) + 12;
		for (const t of panel.ticks) {
			const tx = X(((t - panel.domain[0]) / (panel.domain[1] - panel.domain[0])) * 100);
			parts.push(line(tx, top + 8, tx, axis, `stroke="${paint('--grid')}"`));
			parts.push(
				text(tx, axis + 12, format(t), `font-size="10" fill="${paint('--muted')}"`, 'middle')
			);
		}
		const contextY = rowY(0);
		parts.push(
			text(
				left - 10,
				contextY + 4,
				allRoles(ds.roles.length),
				`font-size="11" fill="${paint('--muted')}"`,
				'end'
			)
		);
		parts.push(line(left, contextY, left + pw, contextY, `stroke="${paint('--rule')}"`));
		const most = Math.max(1, ...panel.bins.map((b) => b.count));
		for (const b of panel.bins)
			parts.push(
				`<rect x="${X(b.x0).toFixed(1)}" y="${contextY - 5}" width="${(X(b.x1) - X(b.x0)).toFixed(1)}" height="10" fill="${paint('--ref')}" fill-opacity="${(0.15 + 0.85 * (b.count / most)).toFixed(2)}"/>`
			);
		for (const d of panel.context)
			parts.push(
				`<circle cx="${X(d.px).toFixed(1)}" cy="${contextY}" r="3.5" fill="${d.chosen ? roleColor(paint, d.colorIndex) : paint('--ref')}" fill-opacity="${d.chosen ? 1 : 0.6}"/>`
			);
		panel.chosen.forEach((d, i) => {
			const cy = rowY(i + 1);
			parts.push(roleName(paint, left - 10, cy + 4, d.title, left - 14));
			parts.push(line(left, cy, X(d.px), cy, `stroke="${paint('--rule')}"`));
			parts.push(
				`<circle cx="${X(d.px).toFixed(1)}" cy="${cy}" r="6" fill="${roleColor(paint, d.colorIndex)}"/>`
			);
			parts.push(
				text(
					X(d.px) + (d.px > 80 ? -10 : 10),
					cy + 4,
					format(d.value),
					`font-size="11" font-weight="700" fill="${paint('--ink')}"`,
					d.px > 80 ? 'end' : 'start'
				)
			);
		});
		top = axis + 34;
	};
	draw(model.pay, (v) => formatMoneyShort(v, model.words.currency));
	draw(model.growth, formatPercent);
	return { svg: parts.join(''), alt: model.summary };
}

function overview({ ds, paint }: Scene, w: number, h: number): Body {
	const model = buildOverviewModel(ds, { matching: null, compared: [], limit: 7 });
	const left = NAMES;
	const legendH = 22;
	const y = scaleBand()
		.domain(model.rows.map((r) => r.id))
		.range([legendH + 4, Math.min(h - 18, legendH + 4 + model.rows.length * 28)])
		.paddingInner(0.25);
	const x = scaleLinear()
		.domain([0, model.maxTotal])
		.range([left, w - 30]);
	const parts: string[] = [];
	let lx = 0;
	for (const l of model.legend) {
		parts.push(
			`<rect x="${lx}" y="4" width="11" height="11" rx="2" fill="${paint(`--cat-${l.index}`)}"/>`
		);
		parts.push(text(lx + 15, 14, l.label, `font-size="11" fill="${paint('--ink-2')}"`));
		lx += 15 + l.label.length * 6 + 14;
	}
	const colorOf = new Map(model.legend.flatMap((l) => l.members.map((m) => [m, l.index])));
	for (const s of model.segments) {
		const top = y(s.roleId);
		if (top === undefined) continue;
		const [a, b] = [x(s.x0), x(s.x1)];
		parts.push(
			`<rect x="${a.toFixed(1)}" y="${top.toFixed(1)}" width="${(b - a).toFixed(1)}" height="${y.bandwidth().toFixed(1)}" fill="${paint(`--cat-${colorOf.get(s.category) ?? s.categoryIndex}`)}" stroke="${paint('--surface')}" stroke-width="1.5"/>`
		);
		if (b - a > 14)
			parts.push(
				text(
					(a + b) / 2,
					top + y.bandwidth() / 2 + 4,
					String(s.count),
					`font-size="11" font-weight="700" fill="${paint('--cat-ink')}"`,
					'middle'
				)
			);
	}
	for (const r of model.rows) {
		const top = y(r.id)! + y.bandwidth() / 2 + 4;
		parts.push(roleName(paint, left - 8, top, r.title, left - 12));
		parts.push(
			text(x(r.total) + 6, top, String(r.total), `font-size="11" fill="${paint('--ink-2')}"`)
		);
	}
	return { svg: parts.join(''), alt: model.summary };
}

export interface Preview {
	svg: string;
	/** The image's text alternative: the chart's title and what it shows. */
	alt: string;
}

/** A chart of the dataset's default view as the preview's SVG, laid out at 800 × 420. */
export function previewSvg(chart: ChartId, ds: PageDataset, css: string): Preview {
	const theme = themeColors(css, 'light');
	const paint: Paint = (name) => theme[name.replace(/^--/, '')] ?? '#000000';
	const words = datasetWords(ds.meta, ds.roles.length, ds.context);
	const colors = buildRoleColors(ds.roles.map((r) => r.id));
	let comparison: ComparisonModel | undefined;
	const scene: Scene = {
		ds,
		words,
		paint,
		colors,
		compared: () =>
			(comparison ??= buildComparisonModel(ds, resolveComparison([], ds.roles).ids, colors))
	};
	const subtitle = chart.startsWith('compare')
		? `Comparing ${formatList(scene.compared().roles.map((r) => r.title))}`
		: chartWords(words, chart).subtitle;
	const about: ExportText = {
		title: chartTitle(words, chart),
		subtitle,
		source: chartSource(ds.meta, chart),
		link: ''
	};
	const bodyWidth = WIDTH - MARGIN * 2;
	const bodyHeight = HEIGHT - layoutExport(bodyWidth, 0, about).height;
	const body =
		chart === 'salary-vs-growth'
			? scatter(scene, bodyWidth, bodyHeight)
			: chart === 'skill-heatmap'
				? heatmap(scene, bodyWidth, bodyHeight)
				: chart === 'compare-requirements'
					? compareRequirements(scene, bodyWidth, bodyHeight)
					: chart === 'compare-pay-growth'
						? comparePay(scene, bodyWidth)
						: overview(scene, bodyWidth, bodyHeight);
	const { svg } = composeExportSvg({
		bodyWidth,
		bodyHeight,
		body: body.svg,
		text: about,
		colors: {
			background: paint('--surface'),
			ink: paint('--ink'),
			muted: paint('--muted'),
			accent: paint('--accent')
		},
		label: `${about.title}. ${body.alt}`
	});
	return { svg, alt: `${about.title}. ${body.alt}` };
}

/** The site's public address from `SITE_URL` at build time, without a trailing slash, or ''. */
export function siteUrl(value = process.env.SITE_URL ?? ''): string {
	if (!value) return '';
	if (!/^https?:\/\/[^/\s]+(\/\S*)?$/.test(value))
		throw new Error(
			`SITE_URL must be the site's address, such as https://example.org; it is “${value}”.`
		);
	return value.replace(/\/+$/, '');
}

/**
 * The link-preview tags of a page (Open Graph and the Twitter card): the dashboard's (`chart`
 * null; its image is the scatter's) or one chart's embed page. Addresses are absolute when the
 * build knows the site's address (`SITE_URL`), else paths from the site's root.
 */
export function linkPreviewTags(
	chart: ChartId | null,
	ds: PageDataset,
	css: string,
	site: string,
	base: string
): string {
	const words = datasetWords(ds.meta, ds.roles.length, ds.context);
	const shown = chart ?? 'salary-vs-growth';
	const { alt } = previewSvg(shown, ds, css);
	const root = `${site}${base}`;
	const title = chart ? chartTitle(words, chart) : words.pageTitle;
	const image = `${root}/preview/${shown}.png`;
	// Some 420 characters is as much as the cards show.
	const imageAlt = alt.length > 420 ? `${alt.slice(0, 419).trimEnd()}…` : alt;
	const tags: Array<[string, string, string]> = [
		['property', 'og:type', 'website'],
		['property', 'og:site_name', words.site],
		['property', 'og:title', title],
		['property', 'og:description', words.description],
		['property', 'og:url', site ? `${root}/${chart ? `embed/${chart}` : ''}` : ''],
		['property', 'og:image', image],
		['property', 'og:image:type', 'image/png'],
		['property', 'og:image:width', String(PREVIEW.width)],
		['property', 'og:image:height', String(PREVIEW.height)],
		['property', 'og:image:alt', imageAlt],
		['name', 'twitter:card', 'summary_large_image'],
		['name', 'twitter:title', title],
		['name', 'twitter:description', words.description],
		['name', 'twitter:image', image],
		['name', 'twitter:image:alt', imageAlt]
	];
	return tags
		.filter(([, , value]) => value)
		.map(([k, name, value]) => `<meta ${k}="${name}" content="${escapeXml(value)}">`)
		.join('\n\t\t');
}
