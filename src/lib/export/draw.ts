/**
 * Draws an export's SVG straight onto a canvas, for the PNG. Handing the markup to the browser as
 * an image instead makes it build a whole hidden document for it (and collect the garbage after):
 * the slowest part of a PNG export. The export's SVG is a small, known subset, written by
 * `capture.ts` and `compose.ts` with every style already resolved to a presentation attribute:
 * nested `svg`, `g`, `line`, `rect`, `circle`, `path` and single-run `text` (underlined or not),
 * with translate, rotate, scale and matrix transforms, and `<image data-raster>` placeholders where
 * canvas layers go (drawn by a callback). `canDraw` says whether markup keeps to it; anything else
 * (an embedded image, a gradient, a `tspan`) goes the browser's way. A faded group is drawn on a
 * layer of its own and laid on the picture at its opacity, as SVG's group opacity asks. Browser
 * only. */

const SKIP = new Set(['title', 'desc', 'metadata']);
const MARKS = new Set(['svg', 'g', 'line', 'rect', 'circle', 'path', 'text']);
/** Presentation attributes that children inherit. */
const INHERITED = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'letter-spacing',
	'text-anchor',
	'dominant-baseline',
	'paint-order'
] as const;
type Style = Record<(typeof INHERITED)[number], string> & { alpha: number };

const INITIAL: Style = {
	fill: 'black',
	'fill-opacity': '1',
	stroke: 'none',
	'stroke-width': '1',
	'stroke-opacity': '1',
	'stroke-dasharray': 'none',
	'stroke-linecap': 'butt',
	'stroke-linejoin': 'miter',
	'font-family': 'sans-serif',
	'font-size': '16',
	'font-weight': '400',
	'font-style': 'normal',
	'letter-spacing': 'normal',
	'text-anchor': 'start',
	'dominant-baseline': 'auto',
	'paint-order': 'normal',
	alpha: 1
};

const TRANSFORM = /(translate|rotate|scale|matrix)\s*\(([^)]*)\)/g;
const BASELINES: Record<string, CanvasTextBaseline> = {
	auto: 'alphabetic',
	alphabetic: 'alphabetic',
	middle: 'middle',
	central: 'middle',
	hanging: 'hanging',
	'text-before-edge': 'top',
	'text-after-edge': 'bottom'
};

// What this browser's canvas can do beyond the basics (older browsers lack these).
const LETTER_SPACING =
	typeof CanvasRenderingContext2D !== 'undefined' &&
	'letterSpacing' in CanvasRenderingContext2D.prototype;
const ROUND_RECT = typeof Path2D !== 'undefined' && 'roundRect' in Path2D.prototype;

const numbers = (s: string) => (s.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(Number);

/** Whether `root` keeps to the subset `drawSvg` draws exactly as a browser would. */
export function canDraw(root: Element): boolean {
	for (const el of [root, ...root.querySelectorAll('*')]) {
		const tag = el.localName;
		if (SKIP.has(tag)) continue;
		if (tag === 'image') {
			if (!el.hasAttribute('data-raster') || el.hasAttribute('href')) return false;
			continue;
		}
		if (!MARKS.has(tag)) return false;
		// Only the outer <svg> may have a viewBox, and only one the size of its own width and height.
		if (tag === 'svg' && el.hasAttribute('viewBox')) {
			const [x, y, w, h] = numbers(el.getAttribute('viewBox')!);
			const same = (a: number | undefined, b: string | null) => a === Number(b);
			if (el !== root || x !== 0 || y !== 0) return false;
			if (!same(w, el.getAttribute('width')) || !same(h, el.getAttribute('height'))) return false;
		}
		// Text is one run: a tooltip's <title> inside it is fine (not drawn), a <tspan> is not.
		if (tag === 'text' && [...el.children].some((c) => !SKIP.has(c.localName))) return false;
		for (const { name, value } of el.attributes) {
			if (/^(style|class|clip-path|mask|filter|marker-.*|xml:space|textLength)$/.test(name))
				return false;
			if ((name === 'fill' || name === 'stroke') && /url\(|currentcolor|context-/i.test(value))
				return false;
			if (name === 'transform' && value.replace(TRANSFORM, '').trim().replace(/,/g, '') !== '')
				return false;
			if (tag === 'text' && /^(x|y|dx|dy)$/.test(name) && /[\s,]\S/.test(value.trim()))
				return false;
			if (tag === 'text' && name === 'rotate') return false;
			if (name === 'text-decoration' && !(tag === 'text' && value === 'underline')) return false;
			if (name === 'dominant-baseline' && !(value in BASELINES)) return false;
			// Spaced letters and rounded corners need a canvas that can draw them.
			if (name === 'letter-spacing' && parseFloat(value) && !LETTER_SPACING) return false;
			if ((name === 'rx' || name === 'ry') && parseFloat(value) && !ROUND_RECT) return false;
		}
	}
	return true;
}

function applyTransform(ctx: CanvasRenderingContext2D, value: string | null) {
	if (!value) return;
	for (const [, kind, args] of value.matchAll(TRANSFORM)) {
		const n = numbers(args!);
		if (kind === 'translate') ctx.translate(n[0] ?? 0, n[1] ?? 0);
		else if (kind === 'scale') ctx.scale(n[0] ?? 1, n[1] ?? n[0] ?? 1);
		else if (kind === 'rotate') {
			const [a = 0, cx = 0, cy = 0] = n;
			ctx.translate(cx, cy);
			ctx.rotate((a * Math.PI) / 180);
			ctx.translate(-cx, -cy);
		} else if (n.length === 6) ctx.transform(n[0]!, n[1]!, n[2]!, n[3]!, n[4]!, n[5]!);
	}
}

/** The size of the nearest `svg`, which percentages refer to. */
interface Viewport {
	width: number;
	height: number;
}
const HORIZONTAL = /^(x|x1|x2|cx|dx|width|rx)$/;
const VERTICAL = /^(y|y1|y2|cy|dy|height|ry)$/;

/**
 * An attribute's length in user units: `em` is relative to the font size, a percentage to the
 * viewport's width (for x, width and the like), height (y, height…) or normalised diagonal (r).
 */
function length(el: Element, name: string, view: Viewport, fontSize = 16): number {
	const value = el.getAttribute(name)?.trim();
	if (!value) return 0;
	const n = parseFloat(value);
	if (!Number.isFinite(n)) return 0;
	if (value.endsWith('em')) return n * fontSize;
	if (!value.endsWith('%')) return n;
	const whole = HORIZONTAL.test(name)
		? view.width
		: VERTICAL.test(name)
			? view.height
			: Math.hypot(view.width, view.height) / Math.SQRT2;
	return (n / 100) * whole;
}

/** SVG's default handling of white space in text. */
const collapse = (s: string) => s.replace(/\n/g, '').replace(/\t/g, ' ').trim().replace(/ +/g, ' ');

/** Where marks are drawn: the picture, or a layer for a faded group; `box` is what they covered. */
interface Target {
	ctx: CanvasRenderingContext2D;
	/** Device pixels covered so far: [left, top, right, bottom], or null while nothing is drawn. */
	box: [number, number, number, number] | null;
	/** Whether to keep `box` (a layer, to be laid on the picture, needs it; the picture does not). */
	track: boolean;
}

/** Grows the target's box by a rectangle in the current user units (transformed to pixels). */
function cover(t: Target, x0: number, y0: number, x1: number, y1: number, pad = 0) {
	if (!t.track) return;
	const m = t.ctx.getTransform();
	const box = (t.box ??= [Infinity, Infinity, -Infinity, -Infinity]);
	for (const [x, y] of [
		[x0 - pad, y0 - pad],
		[x1 + pad, y0 - pad],
		[x0 - pad, y1 + pad],
		[x1 + pad, y1 + pad]
	] as const) {
		const px = m.a * x + m.c * y + m.e;
		const py = m.b * x + m.d * y + m.f;
		box[0] = Math.min(box[0], px);
		box[1] = Math.min(box[1], py);
		box[2] = Math.max(box[2], px);
		box[3] = Math.max(box[3], py);
	}
}

const strokeWidth = (style: Style) =>
	style.stroke === 'none' ? 0 : Math.max(0, parseFloat(style['stroke-width']) || 0);

/** Fill and stroke in the style's paint order, each at its own opacity times the element's. */
function fillAndStroke(
	ctx: CanvasRenderingContext2D,
	style: Style,
	fill: () => void,
	stroke: () => void
) {
	const paintFill = () => {
		if (style.fill === 'none') return;
		ctx.globalAlpha = style.alpha * Number(style['fill-opacity']);
		ctx.fillStyle = style.fill;
		fill();
	};
	const paintStroke = () => {
		const width = strokeWidth(style);
		if (!(width > 0)) return;
		ctx.globalAlpha = style.alpha * Number(style['stroke-opacity']);
		ctx.strokeStyle = style.stroke;
		ctx.lineWidth = width;
		ctx.lineCap = style['stroke-linecap'] as CanvasLineCap;
		ctx.lineJoin = style['stroke-linejoin'] as CanvasLineJoin;
		const dash = style['stroke-dasharray'] === 'none' ? [] : numbers(style['stroke-dasharray']);
		ctx.setLineDash(dash.length % 2 ? [...dash, ...dash] : dash);
		stroke();
	};
	if (style['paint-order'].startsWith('stroke')) {
		paintStroke();
		paintFill();
	} else {
		paintFill();
		paintStroke();
	}
}

/**
 * The outline of a line, rect, circle or path in its own user units, with the box it covers
 * (null for a path: not known without tracing it); null when there is nothing to draw.
 */
function outline(
	tag: string,
	el: Element,
	num: (name: string) => number
): { path: Path2D; box: [number, number, number, number] | null } | null {
	const path = new Path2D();
	if (tag === 'line') {
		const [x1, y1, x2, y2] = [num('x1'), num('y1'), num('x2'), num('y2')];
		path.moveTo(x1, y1);
		path.lineTo(x2, y2);
		return { path, box: [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)] };
	}
	if (tag === 'rect') {
		const [x, y, w, h] = [num('x'), num('y'), num('width'), num('height')];
		if (!(w > 0 && h > 0)) return null;
		// A missing rx or ry takes the other's value; both are capped at half the side.
		const rx = num(el.hasAttribute('rx') ? 'rx' : 'ry');
		const ry = num(el.hasAttribute('ry') ? 'ry' : 'rx');
		if (rx > 0 && ry > 0)
			path.roundRect(x, y, w, h, [{ x: Math.min(rx, w / 2), y: Math.min(ry, h / 2) }]);
		else path.rect(x, y, w, h);
		return { path, box: [x, y, x + w, y + h] };
	}
	if (tag === 'circle') {
		const [cx, cy, r] = [num('cx'), num('cy'), Math.max(0, num('r'))];
		path.arc(cx, cy, r, 0, Math.PI * 2);
		return { path, box: [cx - r, cy - r, cx + r, cy + r] };
	}
	if (tag === 'path') return { path: new Path2D(el.getAttribute('d') ?? ''), box: null };
	return null;
}

/** Draws canvas layer `index` at the context's transform (see `drawSvg`). */
export type RasterHook = (index: number, ctx: CanvasRenderingContext2D, onto: boolean) => void;

/** Canvases for faded groups during one drawing, reused by nesting depth; and the raster hook. */
class Layers {
	private free: CanvasRenderingContext2D[][] = [];
	constructor(
		private readonly size: { width: number; height: number },
		readonly raster?: RasterHook
	) {}
	take(depth: number): CanvasRenderingContext2D {
		let ctx = this.free[depth]?.pop();
		if (!ctx) {
			const { width, height } = this.size;
			ctx = Object.assign(document.createElement('canvas'), { width, height }).getContext('2d')!;
		}
		ctx.save();
		return ctx;
	}
	/** Hands a layer back, cleared where it was drawn on. */
	give(depth: number, ctx: CanvasRenderingContext2D, box: readonly number[] | null) {
		ctx.restore();
		if (box) {
			ctx.save();
			ctx.setTransform(1, 0, 0, 1, 0, 0);
			ctx.clearRect(box[0]! - 1, box[1]! - 1, box[2]! - box[0]! + 2, box[3]! - box[1]! + 2);
			ctx.restore();
		}
		(this.free[depth] ??= []).push(ctx);
	}
}

function drawElement(
	layers: Layers,
	target: Target,
	el: Element,
	parent: Style,
	view: Viewport,
	depth: number
) {
	const tag = el.localName;
	if (SKIP.has(tag) || el.getAttribute('display') === 'none') return;
	const style = { ...parent };
	for (const name of INHERITED) {
		const v = el.getAttribute(name);
		if (v !== null && v !== 'inherit') style[name] = v;
	}
	const num = (name: string) => length(el, name, view);
	const container = tag === 'svg' || tag === 'g';
	const ctx = target.ctx;
	ctx.save();
	let inner = view;
	let clip: (() => void) | null = null;
	if (tag === 'svg') {
		inner = { width: num('width'), height: num('height') };
		if (depth > 0) {
			ctx.translate(num('x'), num('y'));
			if (el.getAttribute('overflow') !== 'visible')
				clip = () => {
					draw.beginPath();
					draw.rect(0, 0, inner.width, inner.height);
					draw.clip();
				};
		}
	}
	applyTransform(ctx, el.getAttribute('transform'));

	// An element with an opacity is faded as a whole (SVG's group opacity): its parts are drawn at
	// full strength on a layer, which is then laid on the picture at that opacity. A single paint
	// needs no layer: its own alpha does the same.
	const opacity = Number(el.getAttribute('opacity') ?? 1);
	const paintsTwice = style.fill !== 'none' && strokeWidth(style) > 0;
	const layered = opacity < 1 && (container || paintsTwice);
	let into = target;
	if (layered) {
		const lctx = layers.take(depth);
		lctx.setTransform(ctx.getTransform());
		into = { ctx: lctx, box: null, track: true };
		style.alpha = 1;
	} else if (opacity < 1) style.alpha *= opacity;
	const draw = into.ctx;
	clip?.();

	const hidden = el.getAttribute('visibility') === 'hidden';
	if (container) {
		for (const child of el.children) drawElement(layers, into, child, style, inner, depth + 1);
	} else if (!hidden && tag === 'image') {
		const [x, y] = [num('x'), num('y')];
		cover(into, x, y, x + num('width'), y + num('height'));
		draw.translate(x, y);
		// Straight into the picture when drawing on it (it is opaque there); on a layer, afresh.
		layers.raster?.(Number(el.getAttribute('data-raster')), draw, !into.track);
	} else if (!hidden && tag !== 'text') {
		const shape = outline(tag, el, num);
		if (shape) {
			if (shape.box) cover(into, ...shape.box, strokeWidth(style) + 1);
			// A path's extent is not known without tracing it: count the whole picture.
			else if (into.track) into.box = [0, 0, draw.canvas.width, draw.canvas.height];
			const rule = el.getAttribute('fill-rule') === 'evenodd' ? 'evenodd' : 'nonzero';
			fillAndStroke(
				draw,
				// A line has no inside to fill.
				tag === 'line' ? { ...style, fill: 'none' } : style,
				() => draw.fill(shape.path, rule),
				() => draw.stroke(shape.path)
			);
		}
	} else if (!hidden && tag === 'text') {
		// The text's own words, without those of a <title> inside it.
		let words = '';
		for (const node of el.childNodes) if (node.nodeType === 3) words += node.nodeValue ?? '';
		const content = collapse(words);
		if (content) {
			const size = parseFloat(style['font-size']) || 16;
			draw.font = `${style['font-style']} ${style['font-weight']} ${size}px ${style['font-family']}`;
			const spacing = style['letter-spacing'];
			draw.letterSpacing =
				spacing === 'normal'
					? '0px'
					: `${parseFloat(spacing) * (spacing.endsWith('em') ? size : 1) || 0}px`;
			const anchor = style['text-anchor'];
			draw.textAlign = anchor === 'middle' ? 'center' : anchor === 'end' ? 'end' : 'start';
			draw.textBaseline = BASELINES[style['dominant-baseline']] ?? 'alphabetic';
			draw.textRendering = 'geometricPrecision';
			const x = length(el, 'x', view, size) + length(el, 'dx', view, size);
			const y = length(el, 'y', view, size) + length(el, 'dy', view, size);
			if (into.track) {
				const m = draw.measureText(content);
				cover(
					into,
					x - m.actualBoundingBoxLeft,
					y - m.actualBoundingBoxAscent,
					x + m.actualBoundingBoxRight,
					y + m.actualBoundingBoxDescent,
					strokeWidth(style) + 1
				);
			}
			fillAndStroke(
				draw,
				style,
				() => draw.fillText(content, x, y),
				() => draw.strokeText(content, x, y)
			);
			// An underline (the overview's compared roles) in the text's fill, where a browser draws
			// one: about a tenth of the size under the baseline, a fifteenth thick.
			if (el.getAttribute('text-decoration') === 'underline') {
				const width = draw.measureText(content).width;
				const x0 = { start: x, center: x - width / 2, end: x - width }[draw.textAlign as string];
				const line = () => draw.fillRect(x0 ?? x, y + size * 0.1, width, Math.max(1, size / 15));
				fillAndStroke(draw, { ...style, stroke: 'none' }, line, () => {});
			}
		}
	}

	if (layered) {
		const box = into.box;
		if (box) {
			// Whole pixels, inside the canvas.
			const x0 = Math.max(0, Math.floor(box[0]));
			const y0 = Math.max(0, Math.floor(box[1]));
			const x1 = Math.min(draw.canvas.width, Math.ceil(box[2]));
			const y1 = Math.min(draw.canvas.height, Math.ceil(box[3]));
			if (x1 > x0 && y1 > y0) {
				ctx.save();
				ctx.setTransform(1, 0, 0, 1, 0, 0);
				ctx.globalAlpha = parent.alpha * opacity;
				ctx.drawImage(draw.canvas, x0, y0, x1 - x0, y1 - y0, x0, y0, x1 - x0, y1 - y0);
				cover(target, x0, y0, x1, y1);
				ctx.restore();
			}
		}
		layers.give(depth, draw, box);
	}
	ctx.restore();
}

/**
 * Draws an SVG document's root (one `canDraw` accepts) on `ctx`, in the root's user units under
 * the context's current transform; `raster` draws the canvas layers the markup marks. The picture
 * must be opaque where those layers go (a PNG's background is painted first).
 */
export function drawSvg(ctx: CanvasRenderingContext2D, root: Element, raster?: RasterHook) {
	const layers = new Layers(ctx.canvas, raster);
	drawElement(layers, { ctx, box: null, track: false }, root, INITIAL, { width: 0, height: 0 }, 0);
}
