/**
 * Greedy label placement for point labels: each label tries a fixed list of spots around its
 * point (beside, over, under, at the corners; a long name over or under it against the plot's
 * edge) and takes the first that stays inside the plot and overlaps neither a placed label nor any
 * point; failing that it slides vertically with a leader line; failing that it is left out (the
 * point keeps its tooltip and table row). Deterministic: the same input always gives the same
 * layout, on the server and in the browser.
 */

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export interface LabelRequest {
	id: string;
	text: string;
	/** Point centre in pixels, within the plot area. */
	x: number;
	y: number;
	/** Point radius in pixels. */
	r: number;
}

export type Anchor = 'start' | 'middle' | 'end';

export interface PlacedLabel {
	id: string;
	text: string;
	/** Text anchor position in pixels (SVG `x`, `y` of the text baseline). */
	x: number;
	y: number;
	anchor: Anchor;
	/** Present when the label had to slide away from its point. */
	leader?: { x1: number; y1: number; x2: number; y2: number };
	/** Set against the plot's left or right edge (over or under its point), not placed from it. */
	edge?: 'left' | 'right';
}

export interface PlaceOptions {
	width: number;
	height: number;
	fontSize?: number;
	/** Average glyph width as a fraction of the font size; generous so real text fits its box. */
	charWidth?: number;
	/** Areas already taken (reference-line labels, annotations). */
	obstacles?: Box[];
	/** Points that get no label but must not be covered by one. */
	others?: readonly LabelRequest[];
}

/** Estimated text width in pixels. Wide enough for Inter and the system fallbacks. */
export function textWidth(text: string, fontSize = 12, charWidth = 0.6): number {
	return Math.ceil(text.length * fontSize * charWidth);
}

export function overlaps(a: Box, b: Box): boolean {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function boxFor(x: number, y: number, anchor: Anchor, w: number, fontSize: number): Box {
	const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
	// The baseline sits at y; ascenders reach about 0.8em above it, descenders 0.25em below.
	return { x0, y0: y - fontSize * 0.8, x1: x0 + w, y1: y + fontSize * 0.25 };
}

/** Places labels in the order given; put the most important first. Does not mutate its input. */
export function placeLabels(
	requests: readonly LabelRequest[],
	options: PlaceOptions
): PlacedLabel[] {
	const { width, height, fontSize = 12, charWidth = 0.6 } = options;
	const taken: Box[] = [...(options.obstacles ?? [])];
	const points: Box[] = [...requests, ...(options.others ?? [])].map((p) => ({
		x0: p.x - p.r,
		y0: p.y - p.r,
		x1: p.x + p.r,
		y1: p.y + p.r
	}));
	const inside = (b: Box) => b.x0 >= 0 && b.x1 <= width && b.y0 >= 0 && b.y1 <= height;
	const free = (b: Box) =>
		inside(b) && !taken.some((t) => overlaps(b, t)) && !points.some((p) => overlaps(b, p));
	const placed: PlacedLabel[] = [];
	const gap = 4;
	const mid = fontSize * 0.32;

	for (const [i, req] of requests.entries()) {
		const w = textWidth(req.text, fontSize, charWidth);
		const { x, y, r } = req;
		const spots: Array<[number, number, Anchor, PlacedLabel['edge']?, PlacedLabel['leader']?]> = [
			[x + r + gap, y + mid, 'start'],
			[x - r - gap, y + mid, 'end'],
			[x, y - r - gap - fontSize * 0.25, 'middle'],
			[x, y + r + gap + fontSize * 0.8, 'middle'],
			[x + r, y - r - gap, 'start'],
			[x + r, y + r + gap + fontSize * 0.8, 'start'],
			[x - r, y - r - gap, 'end'],
			[x - r, y + r + gap + fontSize * 0.8, 'end']
		];
		// A name too long to centre over its point near the plot's edge: over or under it, set
		// against that edge (so it stays put at any width), still spanning the point.
		const edge = x - w / 2 < 0 ? 'left' : x + w / 2 > width ? 'right' : undefined;
		if (edge && w <= width) {
			const [ex, anchor] = edge === 'left' ? [0, 'start' as const] : [width, 'end' as const];
			const [over, under] = [y - r - gap - fontSize * 0.25, y + r + gap + fontSize * 0.8];
			// Where the label also spans another point about as high as its own, it stands a line
			// further off, with a leader to its own point, so it cannot be read as the other's.
			const span = boxFor(ex, over, anchor, w, fontSize);
			const shared = points.some(
				(p, j) =>
					j !== i && p.x1 > span.x0 && p.x0 < span.x1 && Math.abs((p.y0 + p.y1) / 2 - y) < fontSize
			);
			if (shared)
				spots.push(
					[
						ex,
						over - fontSize,
						anchor,
						edge,
						{ x1: x, y1: y - r, x2: x, y2: over - fontSize * 0.75 + 1 }
					],
					[
						ex,
						under + fontSize,
						anchor,
						edge,
						{ x1: x, y1: y + r, x2: x, y2: under + fontSize * 0.2 - 1 }
					]
				);
			spots.push([ex, over, anchor, edge], [ex, under, anchor, edge]);
		}
		// Failing those, slide sideways-and-vertically, nearest first, with a leader to the point.
		for (let step = 1; step <= 8; step++) {
			for (const dir of [-1, 1]) {
				for (const anchor of ['start', 'end'] as const) {
					const lx = anchor === 'start' ? x + r + gap * 3 : x - r - gap * 3;
					const ly = y + mid + dir * step * (fontSize * 0.6);
					spots.push([
						lx,
						ly,
						anchor,
						undefined,
						{
							x1: anchor === 'start' ? x + r : x - r,
							y1: y,
							x2: anchor === 'start' ? lx - 2 : lx + 2,
							y2: ly - mid
						}
					]);
				}
			}
		}
		let done: PlacedLabel | undefined;
		for (const [lx, ly, anchor, edge, leader] of spots) {
			const box = boxFor(lx, ly, anchor, w, fontSize);
			if (free(box)) {
				done = {
					id: req.id,
					text: req.text,
					x: lx,
					y: ly,
					anchor,
					...(edge && { edge }),
					...(leader && { leader })
				};
				taken.push(box);
				break;
			}
		}
		if (done) placed.push(done);
	}
	return placed;
}
