/**
 * Dots written straight into pixels, for the dense scatter. With tens of thousands of points,
 * asking the canvas to fill as many shapes makes the browser rasterise them one by one after every
 * filter change (a fifth of a second at 100,000 points); blending an anti-aliased disc into an
 * RGBA buffer costs about a third of that, all of it here, and the dots stay round. Pure: works on
 * any `Uint8ClampedArray`, so it is tested without a browser.
 */

const masks = new Map<number, Float32Array>();
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
// The mask times an opacity, by radius and opacity.
const covers = new Map<number, Float32Array>();

/** Coverage (0 to 1) of a disc of radius `r` device pixels over a (2r × 2r) pixel grid. */
export function discMask(r: number): Float32Array {
	let mask = masks.get(r);
	if (!mask) {
		const size = 2 * r;
		mask = new Float32Array(size * size);
		for (let y = 0; y < size; y++)
			for (let x = 0; x < size; x++) {
				const d = Math.hypot(x + 0.5 - r, y + 0.5 - r);
				mask[y * size + x] = Math.max(0, Math.min(1, r + 0.5 - d));
			}
		masks.set(r, mask);
	}
	return mask;
}

/** `rgb(r, g, b)` or `color(srgb r g b)` as three 0–255 numbers; null for anything else. */
export function parseRgb(css: string): [number, number, number] | null {
	const n = css.match(/-?[\d.]+/g)?.map(Number);
	if (!n || n.length < 3) return null;
	const k = css.startsWith('color(') ? 255 : 1;
	return [Math.round(n[0]! * k), Math.round(n[1]! * k), Math.round(n[2]! * k)];
}

/**
 * Blends dots of one colour, source-over, into `data` (RGBA, `width` × `height` pixels, not
 * premultiplied). `centres` holds whole pixel positions in pairs, `[x0, y0, x1, y1, …]` (flat, so
 * ten thousand dots are not ten thousand little arrays); each dot is centred on the pixel corner at
 * (x, y), and dots partly outside are clipped.
 */
export function stampDots(
	data: Uint8ClampedArray,
	width: number,
	height: number,
	centres: ArrayLike<number>,
	rgb: readonly [number, number, number],
	alpha: number,
	r: number
): void {
	const key = r * 1000 + alpha;
	let cover = covers.get(key);
	if (!cover) covers.set(key, (cover = discMask(r).map((m) => m * alpha)));
	const size = 2 * r;
	const [cr, cg, cb] = rgb;
	// Where nothing is underneath (most pixels), a dot pixel is written as one 32-bit word: the
	// colour with the mask's opacity, packed once per call.
	const words = LITTLE_ENDIAN && data.byteOffset % 4 === 0;
	const data32 = words ? new Uint32Array(data.buffer, data.byteOffset, data.length >> 2) : null;
	const solid = new Uint32Array(cover.length);
	if (words) {
		const bytes = new Uint8ClampedArray(solid.buffer);
		for (let i = 0; i < cover.length; i++) {
			bytes[4 * i] = cr;
			bytes[4 * i + 1] = cg;
			bytes[4 * i + 2] = cb;
			bytes[4 * i + 3] = cover[i]! * 255;
		}
	}
	for (let k = 0; k + 1 < centres.length; k += 2) {
		const x0 = centres[k]! - r;
		const y0 = centres[k + 1]! - r;
		// The part of the dot's box inside the buffer.
		const xs = Math.max(0, -x0);
		const xe = Math.min(size, width - x0);
		const ys = Math.max(0, -y0);
		const ye = Math.min(size, height - y0);
		for (let y = ys; y < ye; y++) {
			let o = ((y0 + y) * width + x0 + xs) * 4;
			let i = y * size + xs;
			for (let x = xs; x < xe; x++, o += 4, i++) {
				const a = cover[i]!;
				if (a === 0) continue;
				const below = data[o + 3]!;
				if (below === 0) {
					// Nothing underneath (the common case): the dot's own colour.
					if (data32) {
						data32[o >> 2] = solid[i]!;
						continue;
					}
					data[o] = cr;
					data[o + 1] = cg;
					data[o + 2] = cb;
					data[o + 3] = a * 255;
					continue;
				}
				const keep = (below / 255) * (1 - a);
				const out = a + keep;
				const inv = 1 / out;
				data[o] = (cr * a + data[o]! * keep) * inv;
				data[o + 1] = (cg * a + data[o + 1]! * keep) * inv;
				data[o + 2] = (cb * a + data[o + 2]! * keep) * inv;
				data[o + 3] = out * 255;
			}
		}
	}
}
