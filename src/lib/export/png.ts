import type { Raster } from './capture';
import { canDraw, drawSvg } from './draw';

/** The browser's own rendering of SVG markup, as an image (for markup `drawSvg` does not take). */
async function svgImage(svg: string): Promise<HTMLImageElement> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		img.decoding = 'async';
		img.src = url;
		await img.decode();
		return img;
	} finally {
		URL.revokeObjectURL(url);
	}
}

/**
 * Renders export SVG to a PNG at a given scale, on an opaque background, with its canvas layers
 * (`layers`, a chart's canvas points, placed in the image's units). The SVG is drawn straight onto
 * the canvas when it keeps to what `drawSvg` draws (every chart's export does), each layer in the
 * place its `<image data-raster>` marks among the SVG layers; otherwise the browser renders the SVG
 * as an image, over the layers. `drawnBy` says which. Browser only.
 */
export async function svgToPng(
	svg: string,
	width: number,
	height: number,
	scale: number,
	background: string,
	layers: readonly Raster[] = []
): Promise<{ blob: Blob; drawnBy: 'canvas' | 'browser' }> {
	const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
	const direct = root.localName === 'svg' && canDraw(root);
	const img = direct ? null : await svgImage(svg);
	const w = Math.round(width * scale);
	const h = Math.round(height * scale);
	const canvas = Object.assign(document.createElement('canvas'), { width: w, height: h });
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('This browser cannot draw to a canvas.');
	ctx.fillStyle = background;
	ctx.fillRect(0, 0, w, h);
	ctx.scale(w / width, h / height);
	if (img) {
		for (const layer of layers) {
			ctx.save();
			ctx.translate(layer.x, layer.y);
			layer.draw(ctx, true);
			ctx.restore();
		}
		ctx.setTransform(1, 0, 0, 1, 0, 0);
		ctx.drawImage(img, 0, 0, w, h);
	} else drawSvg(ctx, root, (i, at, onto) => layers[i]?.draw(at, onto));
	return { blob: encodePng(canvas), drawnBy: img ? 'browser' : 'canvas' };
}

/**
 * The canvas as a PNG file. Encoded at once: `toBlob` would hand the work to the browser's idle
 * time, which right after a click may not come for a second (Chromium waits up to that long).
 */
function encodePng(canvas: HTMLCanvasElement): Blob {
	const url = canvas.toDataURL('image/png');
	// A canvas past the browser's size limit gives an empty image.
	if (!url.startsWith('data:image/png')) throw new Error('The PNG could not be made.');
	const text = atob(url.slice(url.indexOf(',') + 1));
	const bytes = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
	return new Blob([bytes], { type: 'image/png' });
}

/** Saves a blob under a file name through the browser's download. */
export function downloadBlob(blob: Blob, name: string) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.rel = 'noopener';
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
