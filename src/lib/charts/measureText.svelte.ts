/**
 * Text widths as the page draws them. The page's font is `optional`: on a first visit over a slow
 * line the system's font is used for the whole visit (DejaVu Sans, the Linux default, draws a label
 * up to a tenth wider than Inter), so a label cut to a width estimated for Inter can run past its
 * chart. In the browser a canvas measures each string in the page's font family, which resolves to
 * the same face the page draws with (a font that arrives after its `optional` window is passed over
 * by the canvas too); on the server, where nothing is drawn, the caller's estimate stands.
 */

/** How a label is drawn, as its chart's CSS says. */
export type LabelFont = {
	/** Pixels. */
	size: number;
	weight: number;
	uppercase?: boolean;
	/** Letter spacing, in em. */
	spacing?: number;
};

let context: CanvasRenderingContext2D | null | undefined;
let family = '';
/** The font last given to the canvas: setting it again parses it again. */
let current = '';

/** Bumped when the page's fonts settle, so widths measured before are measured again. */
const fonts = $state({ settled: 0 });

function canvas(): CanvasRenderingContext2D | null {
	if (context !== undefined) return context;
	if (typeof document === 'undefined') return null;
	context = document.createElement('canvas').getContext('2d');
	family = getComputedStyle(document.body).fontFamily;
	document.fonts?.addEventListener('loadingdone', () => fonts.settled++);
	return context;
}

/** Width in pixels of `text` drawn in `font` on this page, or null where nothing is drawn. */
export function measuredWidth(text: string, font: LabelFont): number | null {
	void fonts.settled;
	const c = canvas();
	if (!c) return null;
	const shown = font.uppercase ? text.toUpperCase() : text;
	const wanted = `${font.weight} ${font.size}px ${family}`;
	if (wanted !== current) c.font = current = wanted;
	return c.measureText(shown).width + [...shown].length * (font.spacing ?? 0) * font.size;
}
