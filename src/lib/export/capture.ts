/**
 * Captures a chart figure from the page as self-contained SVG markup: every visible chart `<svg>`
 * (and any element marked `data-export`, such as legend swatches and panel titles) is cloned at its
 * on-screen position with its computed styles written as presentation attributes, so the export
 * looks exactly like the screen (dimmed roles stay dimmed) with no stylesheet, class or script.
 * Nothing on screen changes: a theme other than the page's is computed by switching the root's
 * `data-theme` and back within one task, before the browser can paint; transitions are switched off
 * for that moment so a mark that is still fading is captured as it will end up.
 */
import { resolveColor } from '$lib/charts/layers/resolveColor';
import { canvasPainters, type LayerDraw } from './painters';
import { escapeXml } from '$lib/data/format';
import { EXPORT_FONT, type ExportColors } from './compose';

export type ExportTheme = 'page' | 'light' | 'dark';

/** Computed properties copied onto exported SVG elements. */
const SVG_PROPS = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'font-size',
	'font-weight',
	'letter-spacing',
	'paint-order',
	'text-anchor'
] as const;

/** Attributes that only matter on a live page. */
const DROP_ATTR = /^(class|style|role|tabindex|aria-.*|data-.*|on.*)$/i;

/**
 * A computed colour as `rgb()` and its alpha, for SVG files any program reads: `rgb(…)`/`rgba(…)`,
 * and the `color(srgb r g b / a)` a `color-mix()` computes to (channels from 0 to 1).
 */
function parseColor(value: string): { color: string; alpha: number } | null {
	const m = /^(rgba?|color)\(([^)]+)\)$/.exec(value.trim());
	if (!m) return null;
	const parts = m[2]!.split(/[\s,/]+/).filter(Boolean);
	const srgb = m[1] === 'color';
	if (srgb && parts.shift() !== 'srgb') return null;
	const [r, g, b] = parts.slice(0, 3).map((p) => Math.round(Number(p) * (srgb ? 255 : 1)));
	return { color: `rgb(${r}, ${g}, ${b})`, alpha: parts[3] === undefined ? 1 : Number(parts[3]) };
}

function copyStyles(from: Element, to: Element) {
	const cs = getComputedStyle(from);
	for (const prop of SVG_PROPS) {
		let value = cs.getPropertyValue(prop);
		if (!value || value === 'normal' || value === 'auto') continue;
		if (prop === 'fill' || prop === 'stroke') {
			const c = parseColor(value);
			if (c) {
				if (c.alpha === 0) value = 'none';
				else {
					value = c.color;
					if (c.alpha < 1) to.setAttribute(`${prop}-opacity`, String(c.alpha));
				}
			}
		}
		if ((prop === 'opacity' || prop.endsWith('-opacity')) && value === '1') continue;
		if (prop === 'paint-order' && value === 'normal') continue;
		if (
			prop === 'font-size' &&
			!(from instanceof SVGTextElement || from instanceof SVGTSpanElement)
		)
			continue;
		to.setAttribute(prop, value);
	}
	// The overview underlines the compared roles' names.
	if (from instanceof SVGTextElement && cs.textDecorationLine.includes('underline')) {
		to.setAttribute('text-decoration', 'underline');
	}
	if (from instanceof SVGTextElement && cs.textTransform === 'uppercase') {
		to.textContent = (from.textContent ?? '').toUpperCase();
	}
}

/** Clones an SVG subtree with inlined styles; invisible parts are dropped. */
function cloneSvg(el: SVGElement): SVGElement | null {
	if (getComputedStyle(el).display === 'none') return null;
	const copy = el.cloneNode(false) as SVGElement;
	for (const attr of [...copy.attributes])
		if (DROP_ATTR.test(attr.name)) copy.removeAttribute(attr.name);
	copyStyles(el, copy);
	for (const child of el.childNodes) {
		if (child.nodeType === Node.TEXT_NODE) {
			if (!(el instanceof SVGTextElement && getComputedStyle(el).textTransform === 'uppercase')) {
				copy.appendChild(child.cloneNode());
			}
		} else if (child instanceof SVGElement) {
			if (child.hasAttribute('data-export-skip')) continue;
			const c = cloneSvg(child);
			if (c) copy.appendChild(c);
		}
	}
	return copy;
}

/** The z-index a chart layer is drawn at: its own, or its nearest ancestor's, below `root`. */
function stackLevel(el: Element, root: Element): number {
	for (let n: Element | null = el; n && n !== root; n = n.parentElement) {
		const z = getComputedStyle(n).zIndex;
		if (z !== 'auto') return Number(z) || 0;
	}
	return 0;
}

const visible = (el: Element) =>
	el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';

/**
 * The words of `el` in the lines the screen breaks them into (a word's first box starting lower than
 * the line's means a new line). The export then has as many lines as the screen, so a paragraph
 * never runs into the element laid out below it.
 */
function screenLines(el: HTMLElement, lineHeight: number): string[] {
	const lines: string[] = [];
	const range = document.createRange();
	const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
	let top = -Infinity;
	let spaceBefore = false;
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const text = node.nodeValue ?? '';
		for (const m of text.matchAll(/\S+/g)) {
			range.setStart(node, m.index);
			range.setEnd(node, m.index + m[0].length);
			const box = range.getClientRects()[0];
			if (box && box.top > top + lineHeight / 2) {
				lines.push(m[0]);
				top = box.top;
			} else if (lines.length) {
				// Words split by markup alone ("<b>x</b>y") stay joined.
				lines[lines.length - 1] += (m.index > 0 || spaceBefore ? ' ' : '') + m[0];
			} else lines.push(m[0]);
		}
		spaceBefore = /\s$/.test(text);
	}
	return lines;
}

function htmlText(el: HTMLElement, x: number, y: number, h: number): string {
	const cs = getComputedStyle(el);
	const size = parseFloat(cs.fontSize) || 12;
	const lineHeight = parseFloat(cs.lineHeight) || size * 1.4;
	const color = parseColor(cs.color)?.color ?? cs.color;
	const content = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
	// Text that fits one line on screen stays one line; longer text keeps the screen's line breaks
	// (re-wrapped by an estimate of the width, it could take a line more and overlap what follows).
	const broken = h < lineHeight * 1.5 ? [] : screenLines(el, lineHeight);
	const lines = broken.length ? broken : [content];
	return lines
		.map(
			(line, i) =>
				`<text x="${x.toFixed(1)}" y="${(y + (lineHeight - size) / 2 + size * 0.9 + i * lineHeight).toFixed(1)}" font-size="${size}" font-weight="${cs.fontWeight}" fill="${color}">${escapeXml(line)}</text>`
		)
		.join('\n');
}

/**
 * A canvas layer for a PNG, drawn in its place among the SVG layers (an `<image data-raster="i">`
 * in the markup marks it) by `draw`, with the colours of the export's theme. `x` and `y` are in the
 * body's units.
 */
export interface Raster {
	x: number;
	y: number;
	width: number;
	height: number;
	draw: LayerDraw;
}

export interface Captured {
	body: string;
	width: number;
	height: number;
	colors: ExportColors;
	/** Canvas layers to draw where `body` marks them (PNG exports only; see `forPng`). */
	rasters: Raster[];
}

/** The theme's colours in force now (the export's theme, while `captureChart` has it applied). */
function readColors(): ExportColors {
	const resolve = (v: string) => {
		const css = resolveColor(`var(${v})`);
		return parseColor(css)?.color ?? css;
	};
	return {
		background: resolve('--surface'),
		ink: resolve('--ink'),
		muted: resolve('--muted'),
		accent: resolve('--accent')
	};
}

/**
 * Captures the chart body of a figure (its `.body` element) in the given theme. Canvas layers are
 * embedded as PNG images, except `forPng`: then their place is marked and they come back as
 * `rasters`, to be drawn straight onto the PNG, which spares encoding an image only to decode it.
 */
export function captureChart(
	body: HTMLElement,
	theme: ExportTheme = 'page',
	forPng = false
): Captured {
	const root = document.documentElement;
	const previous = root.getAttribute('data-theme');
	if (theme !== 'page') root.setAttribute('data-theme', theme);
	// A mark still fading (say, just dimmed by the filter) is captured at its final look. Marked on
	// the chart alone, so the rest of the page need not be restyled.
	const frozen = theme === 'page' ? body : root;
	frozen.setAttribute('data-exporting', '');
	const rasters: Raster[] = [];
	try {
		const box = body.getBoundingClientRect();
		const colors = readColors();
		const parts: string[] = [];
		const serializer = new XMLSerializer();
		// What the export takes, as the charts mark it: the outermost `<svg>` and `<canvas>` layers of
		// each chart (`data-export-chart`), and any element marked `data-export` (legends, notes).
		const targets = [
			...body.querySelectorAll<Element>(
				'[data-export-chart] svg, [data-export-chart] canvas, [data-export]'
			)
		].filter((el) => !(el instanceof SVGElement && el.ownerSVGElement));
		// Bottom to top, as the screen stacks them (a chart's layers set their z-index), then in
		// document order.
		const stacked = [...targets]
			.map((el, i) => ({ el, i, z: stackLevel(el, body) }))
			.sort((a, b) => a.z - b.z || a.i - b.i)
			.map((t) => t.el);
		for (const el of stacked) {
			if (!visible(el) || el.parentElement?.closest('[data-export]')) continue;
			const r = el.getBoundingClientRect();
			const x = r.left - box.left;
			const y = r.top - box.top;
			if (el instanceof HTMLCanvasElement) {
				// Canvas layers (thousands of points) are drawn again, in the export's theme (their
				// colours are read now); axes and labels stay text.
				const prepare = canvasPainters.get(el);
				if (!prepare) continue;
				const draw = prepare();
				const place = `x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${r.width.toFixed(1)}" height="${r.height.toFixed(1)}"`;
				if (forPng) {
					parts.push(`<image data-raster="${rasters.length}" ${place}/>`);
					rasters.push({ x, y, width: r.width, height: r.height, draw });
					continue;
				}
				// For the SVG: painted off-screen at twice the size and embedded as a PNG image.
				const off = Object.assign(document.createElement('canvas'), {
					width: Math.round(r.width * 2),
					height: Math.round(r.height * 2)
				});
				const ctx = off.getContext('2d');
				if (!ctx) continue;
				ctx.scale(2, 2);
				draw(ctx, false);
				parts.push(`<image ${place} href="${off.toDataURL('image/png')}"/>`);
			} else if (el instanceof SVGSVGElement) {
				const copy = cloneSvg(el);
				if (!copy) continue;
				copy.setAttribute('x', x.toFixed(1));
				copy.setAttribute('y', y.toFixed(1));
				copy.setAttribute('width', r.width.toFixed(1));
				copy.setAttribute('height', r.height.toFixed(1));
				copy.setAttribute('overflow', 'visible');
				copy.removeAttribute('viewBox');
				parts.push(serializer.serializeToString(copy));
			} else if (el instanceof HTMLElement) {
				parts.push(htmlText(el, x, y, r.height));
			}
		}
		const markup = parts
			.join('\n')
			// XMLSerializer writes the SVG namespace on each nested root; one on the outer <svg> is enough.
			.replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '');
		return {
			body: markup.replace(/font-family="[^"]*"/g, `font-family="${EXPORT_FONT}"`),
			width: box.width,
			height: box.height,
			colors,
			rasters
		};
	} finally {
		frozen.removeAttribute('data-exporting');
		if (theme !== 'page') {
			if (previous === null) root.removeAttribute('data-theme');
			else root.setAttribute('data-theme', previous);
		}
	}
}
