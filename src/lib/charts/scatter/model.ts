/**
 * The salary-vs-growth scatter as data: domains, ticks, points, placed labels, reference lines and a
 * text summary. Pure and DOM-free, so it is tested headless and gives the same answer on the server
 * (prerender) and in the browser. Positions of marks are in percent of the plot area (so the
 * server-rendered SVG is right at any width); labels are placed in pixels for the given size.
 */
import { scaleLinear } from 'd3-scale';
import type { RoleSet } from '$lib/data/match';
import type { CoreRole } from '$lib/data/payload';
import { compareIds, formatCount, formatMoney, formatPercent, median } from '$lib/data/format';
import { firstInOrder } from '$lib/data/derive';
import { lower, type Measures } from '$lib/data/words';
import { overlaps, placeLabels, textWidth, type Box, type PlacedLabel } from '../placeLabels';

const round = (n: number) => Math.round(n * 10) / 10;

export interface ScatterPoint {
	id: string;
	title: string;
	salary: number;
	growth: number;
	salarySource: number;
	growthSource: number;
	colorIndex: number;
	/** Position in percent of the plot area, 0–100, y from the top. */
	px: number;
	py: number;
}

/**
 * A point's label, positioned relative to its point in pixels (`dx`, `dy` of the text baseline), so
 * it stays attached to the point at any chart width.
 */
export interface ScatterLabel {
	id: string;
	text: string;
	dx: number;
	dy: number;
	anchor: PlacedLabel['anchor'];
	/** Leader line from the point to a label that had to slide, relative to the point. */
	leader?: PlacedLabel['leader'];
	/**
	 * Where a label set against the plot's edge sits, in percent of the plot's width (0 or 100),
	 * `dx` then counting from there: it stays inside at any width.
	 */
	px?: number;
	colorIndex: number;
}

/** A label with whether the filter dims its role. */
export interface HighlightedLabel extends ScatterLabel {
	dimmed: boolean;
}

/** A text note at a percent position plus a pixel offset. */
export interface ScatterNote {
	text: string;
	px: number;
	py: number;
	dx: number;
	dy: number;
	anchor: 'start' | 'end';
}

export interface ScatterModel {
	width: number;
	height: number;
	xDomain: [number, number];
	yDomain: [number, number];
	xTicks: number[];
	yTicks: number[];
	points: ScatterPoint[];
	labels: ScatterLabel[];
	/** Median pay and median growth of all roles, with their positions in percent. */
	reference: { salary: number; growth: number; px: number; py: number };
	/** Text labels of the reference lines and the quadrant note. */
	annotations: ScatterNote[];
	/** Point radius in pixels. */
	radius: number;
	/** Why there is nothing to draw (no roles), or null. */
	emptyReason: string | null;
	summary: string;
}

/**
 * The filter's part of the scatter, laid over a layout: which roles are dimmed, the labels with
 * their dimming, and why nothing is lit. Cheap: a filter change never lays anything out again.
 */
export interface ScatterHighlight {
	/** Roles passing the filter; null with no filter (nothing is dimmed). */
	matching: RoleSet | null;
	isDimmed: (id: string) => boolean;
	labels: HighlightedLabel[];
	/** Roles passing the filter. */
	matchCount: number;
	emptyReason: string | null;
}

export interface ScatterOptions {
	/** Plot-area size in pixels (container minus padding). */
	width: number;
	height: number;
	/** role id → colour index (see `buildRoleColors`). */
	colors: Map<string, number>;
	/** What the dataset calls pay and growth (for the text summary). */
	words: Measures;
	fontSize?: number;
	/** Point radius in pixels. */
	radius?: number;
	/**
	 * At most this many labels are attempted, the most prominent roles first (highest pay, then
	 * fastest growth); with thousands of roles only a few can be read anyway.
	 */
	labelLimit?: number;
}

export const SCATTER_RADIUS = 7;

/** Above this many roles the points are small, few are labelled, and the page draws them on a canvas. */
export const DENSE_THRESHOLD = 300;

/**
 * `lo` to `hi` with room around them, rounded. Its start: zero (or `lo`, below zero) for `'zero'`;
 * room below `lo`, but not below zero when `lo` is not, for `'non-negative'`.
 */
function paddedDomain(
	lo: number,
	hi: number,
	pad: number,
	floor: 'zero' | 'non-negative'
): [number, number] {
	const span = hi - lo || Math.abs(hi) * 0.2 || 1;
	let a = floor === 'zero' ? Math.min(0, lo) : lo - span * pad;
	if (lo >= 0) a = Math.max(0, a);
	const b = hi + span * pad;
	const d = scaleLinear().domain([a, b]).nice(6).domain();
	return [d[0]!, d[1]!];
}

/**
 * The growth axis every chart shares: from zero (or the lowest decline) to a round number above the
 * fastest growth. Built from all roles, never the filtered ones, so charts agree and nothing jumps.
 */
export function growthDomain(roles: readonly CoreRole[]): [number, number] {
	if (!roles.length) return [0, 10];
	const g = roles.map((r) => r.growth.percent);
	return paddedDomain(Math.min(...g), Math.max(...g), 0.06, 'zero');
}

/**
 * The pay axis every chart shares: a little room around the lowest and highest pay, rounded, and
 * never below zero pay.
 */
export function salaryDomain(roles: readonly CoreRole[]): [number, number] {
	if (!roles.length) return [0, 100_000];
	const s = roles.map((r) => r.salary.median);
	return paddedDomain(Math.min(...s), Math.max(...s), 0.12, 'non-negative');
}

/**
 * The scatter's layout, from all roles and the size: domains, ticks, points, placed labels and notes.
 * The filter is not an input (see `highlightScatter`): it only dims, so positions never move.
 */
export function buildScatterModel(
	roles: readonly CoreRole[],
	options: ScatterOptions
): ScatterModel {
	const {
		width,
		height,
		colors,
		words,
		fontSize = 12,
		radius = SCATTER_RADIUS,
		labelLimit = Infinity
	} = options;
	const salaries = roles.map((r) => r.salary.median);
	const growths = roles.map((r) => r.growth.percent);
	const xDomain = growthDomain(roles);
	const yDomain = salaryDomain(roles);
	const x = scaleLinear().domain(xDomain).range([0, 100]);
	const y = scaleLinear().domain(yDomain).range([100, 0]);
	const xTicks = x.ticks(width < 420 ? 4 : 8);
	const yTicks = y.ticks(height < 260 ? 4 : 6);

	const points: ScatterPoint[] = roles.map((r) => ({
		id: r.id,
		title: r.title,
		salary: r.salary.median,
		growth: r.growth.percent,
		salarySource: r.salary.source,
		growthSource: r.growth.source,
		colorIndex: colors.get(r.id) ?? -1,
		px: x(r.growth.percent),
		py: y(r.salary.median)
	}));

	const ref = { salary: median(salaries), growth: median(growths) };
	const refY = (y(ref.salary) / 100) * height;
	// The median lines' notes name only the statistic: the axis beside each names the measure.
	const { median: medianWord, quadrant: quadrantNote } = words.scatterNotes;
	const payNote = `${medianWord} ${formatMoney(ref.salary, words.currency)}`;
	const growthNote = `${medianWord} ${formatPercent(ref.growth)}`;
	const annotations: ScatterModel['annotations'] = [];
	const obstacles: Box[] = [];
	// A note sits at a percent position (px, py) plus a pixel offset; it is dropped if it would
	// leave the plot or cover another note.
	const note = (
		text: string,
		px: number,
		py: number,
		dx: number,
		dy: number,
		anchor: 'start' | 'end'
	) => {
		const ax = (px / 100) * width + dx;
		const ay = (py / 100) * height + dy;
		const w = textWidth(text, fontSize - 1);
		const x0 = anchor === 'start' ? ax : ax - w;
		const box = { x0, y0: ay - fontSize, x1: x0 + w, y1: ay + 3 };
		if (x0 < 0 || box.x1 > width || obstacles.some((o) => overlaps(o, box))) return;
		annotations.push({ text, px, py, dx, dy, anchor });
		obstacles.push(box);
	};
	if (roles.length) {
		const refPy = y(ref.salary);
		note(quadrantNote, 100, 0, -4, 14, 'end');
		note(payNote, 0, refPy, 4, refY - 5 < fontSize ? fontSize + 3 : -5, 'start');
		note(growthNote, x(ref.growth), 100, 5, -6, 'start');
	}

	// Most prominent first: highest pay, then fastest growth, so the top labels never lose their spot.
	const labelled = firstInOrder(
		points,
		labelLimit,
		(a, b) => b.salary - a.salary || b.growth - a.growth || compareIds(a.id, b.id)
	);
	const toRequest = (p: ScatterPoint) => ({
		id: p.id,
		text: p.title,
		x: (p.px / 100) * width,
		y: (p.py / 100) * height,
		// Room for the ring drawn round a role in the comparison, so a label never touches it.
		r: radius + (radius >= SCATTER_RADIUS ? 4 : 0)
	});
	const asked = new Set(labelled);
	const placed = placeLabels(labelled.map(toRequest), {
		width,
		height,
		fontSize,
		obstacles,
		// Unlabelled points still keep labels off them.
		others:
			points.length > labelled.length ? points.filter((p) => !asked.has(p)).map(toRequest) : []
	});
	const byId = new Map(points.map((p) => [p.id, p]));
	const labels: ScatterLabel[] = placed.map((l) => {
		const p = byId.get(l.id)!;
		const ox = (p.px / 100) * width;
		const oy = (p.py / 100) * height;
		const label: ScatterLabel = {
			id: l.id,
			text: l.text,
			dx: l.edge ? 0 : round(l.x - ox),
			dy: round(l.y - oy),
			anchor: l.anchor,
			colorIndex: p.colorIndex
		};
		if (l.edge) label.px = l.edge === 'left' ? 0 : 100;
		if (l.leader) {
			label.leader = {
				x1: round(l.leader.x1 - ox),
				y1: round(l.leader.y1 - oy),
				x2: round(l.leader.x2 - ox),
				y2: round(l.leader.y2 - oy)
			};
		}
		return label;
	});

	const emptyReason = !roles.length ? 'The dataset has no roles.' : null;

	return {
		width,
		height,
		xDomain,
		yDomain,
		xTicks,
		yTicks,
		points,
		labels,
		reference: { ...ref, px: x(ref.growth), py: y(ref.salary) },
		annotations,
		radius,
		emptyReason,
		summary: summarise(points, words)
	};
}

/** The filter over a layout: what is dimmed, and what to say when nothing matches. */
export function highlightScatter(layout: ScatterModel, matching: RoleSet | null): ScatterHighlight {
	const isDimmed = (id: string) => matching !== null && !matching.has(id);
	const matchCount = matching ? matching.size : layout.points.length;
	return {
		matching,
		isDimmed,
		labels: layout.labels.map((l) => ({ ...l, dimmed: isDimmed(l.id) })),
		matchCount,
		emptyReason:
			layout.emptyReason ?? (matchCount === 0 ? 'No role matches the chosen skills.' : null)
	};
}

/** A one-paragraph text alternative naming the extremes, for screen readers and the figure's description. */
export function summarise(
	points: ReadonlyArray<Pick<ScatterPoint, 'title' | 'salary' | 'growth'>>,
	words: Measures
): string {
	if (!points.length) return 'No roles to plot.';
	// The extremes in one pass (a tie goes to the first role for the highest, the last for the
	// lowest, as a stable sort would place them).
	let [top, low, fast, slow] = [points[0]!, points[0]!, points[0]!, points[0]!];
	for (const p of points) {
		if (p.salary > top.salary) top = p;
		if (p.salary <= low.salary) low = p;
		if (p.growth > fast.growth) fast = p;
		if (p.growth <= slow.growth) slow = p;
	}
	return (
		`${formatCount(points.length)} roles plotted by ${lower(words.pay.name)} against ${lower(words.growth.name)}. ` +
		`Highest pay: ${top.title}, ${formatMoney(top.salary, words.currency)}. Lowest pay: ${low.title}, ${formatMoney(low.salary, words.currency)}. ` +
		`Fastest growth: ${fast.title}, ${formatPercent(fast.growth)}. Slowest growth: ${slow.title}, ${formatPercent(slow.growth)}.`
	);
}

/** The same text alternative straight from roles, without laying out a chart. */
export function summariseRoles(roles: readonly CoreRole[], words: Measures): string {
	return summarise(
		roles.map((r) => ({ title: r.title, salary: r.salary.median, growth: r.growth.percent })),
		words
	);
}
