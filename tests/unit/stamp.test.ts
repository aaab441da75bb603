import { describe, expect, it } from 'vitest';
import { discMask, parseRgb, stampDots } from '../../src/lib/charts/scatter/stamp';

const px = (d: Uint8ClampedArray, w: number, x: number, y: number) =>
	Array.from(d.subarray((y * w + x) * 4, (y * w + x) * 4 + 4));

describe('stampDots', () => {
	it('draws an anti-aliased disc of the colour and opacity asked for, and nothing outside it', () => {
		const w = 20;
		const d = new Uint8ClampedArray(w * w * 4);
		stampDots(d, w, w, [10, 10], [0, 114, 178], 0.75, 3);
		// Inside: the colour at 75 % opacity.
		expect(px(d, w, 9, 9)).toEqual([0, 114, 178, 191]);
		expect(px(d, w, 10, 10)).toEqual([0, 114, 178, 191]);
		// Outside the radius, and at the corners of its box: untouched.
		expect(px(d, w, 10, 14)).toEqual([0, 0, 0, 0]);
		expect(px(d, w, 7, 7)).toEqual([0, 0, 0, 0]);
		// The edge is partly covered.
		const edge = px(d, w, 12, 8)[3]!;
		expect(edge).toBeGreaterThan(0);
		expect(edge).toBeLessThan(191);
		// About π r² pixels carry ink.
		let inked = 0;
		for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) inked++;
		expect(inked).toBeGreaterThanOrEqual(28);
		expect(inked).toBeLessThanOrEqual(36);
	});

	it('blends overlapping dots source-over, as a canvas would', () => {
		const w = 10;
		const d = new Uint8ClampedArray(w * w * 4);
		stampDots(d, w, w, [5, 5], [200, 200, 200], 0.3, 2);
		stampDots(d, w, w, Int32Array.of(5, 5), [0, 0, 255], 0.75, 2);
		const [r, g, b, a] = px(d, w, 5, 5);
		// 0.75 over 0.3: 0.825 of full alpha (within the rounding of the grey's stored alpha byte).
		expect(Math.abs(a! - 0.825 * 255)).toBeLessThanOrEqual(1);
		expect(b).toBeGreaterThan(230);
		expect(r).toBe(g);
		expect(r).toBeGreaterThan(10);
		expect(r).toBeLessThan(30);
	});

	it('draws every dot of a flat list of centres', () => {
		const w = 30;
		const d = new Uint8ClampedArray(w * w * 4);
		stampDots(d, w, w, [5, 5, 15, 20, 25, 8], [10, 20, 30], 1, 2);
		for (const [x, y] of [
			[5, 5],
			[15, 20],
			[25, 8]
		] as const)
			expect(px(d, w, x, y)).toEqual([10, 20, 30, 255]);
		expect(px(d, w, 15, 5)).toEqual([0, 0, 0, 0]);
	});

	it('writes the same pixels whether it can write whole words or must write bytes', () => {
		const w = 24;
		const draw = (d: Uint8ClampedArray) => {
			stampDots(d, w, w, [6, 6, 9, 8, 18, 17], [120, 120, 120], 0.3, 3);
			stampDots(d, w, w, [8, 7, 17, 17, 3, 20], [0, 114, 178], 0.75, 3);
		};
		const aligned = new Uint8ClampedArray(w * w * 4);
		// A view one byte into its buffer cannot be read as 32-bit words.
		const unaligned = new Uint8ClampedArray(new ArrayBuffer(w * w * 4 + 4), 1, w * w * 4);
		draw(aligned);
		draw(unaligned);
		expect(Array.from(unaligned)).toEqual(Array.from(aligned));
		expect(aligned.some((v) => v > 0)).toBe(true);
	});

	it('on an opaque background, gives what a clear layer laid over that background gives', () => {
		const w = 24;
		const background = [250, 248, 240] as const;
		const draw = (d: Uint8ClampedArray, opaque: boolean) => {
			stampDots(d, w, w, [6, 6, 9, 8, 18, 17], [120, 120, 120], 0.3, 3, opaque);
			stampDots(d, w, w, [8, 7, 17, 17, 3, 20], [0, 114, 178], 0.75, 3, opaque);
		};
		const filled = () => {
			const d = new Uint8ClampedArray(w * w * 4);
			for (let i = 0; i < d.length; i += 4) d.set([...background, 255], i);
			return d;
		};
		const direct = filled();
		draw(direct, true);
		// The same dots on a clear buffer, then composited source-over onto the background.
		const layer = new Uint8ClampedArray(w * w * 4);
		draw(layer, false);
		const laid = filled();
		for (let i = 0; i < laid.length; i += 4) {
			const a = layer[i + 3]! / 255;
			for (let c = 0; c < 3; c++) laid[i + c] = layer[i + c]! * a + background[c]! * (1 - a);
		}
		let worst = 0;
		for (let i = 0; i < laid.length; i++) worst = Math.max(worst, Math.abs(laid[i]! - direct[i]!));
		expect(worst).toBeLessThanOrEqual(1);
		// Every pixel stays opaque, and the dots are there: where two overlap, neither colour alone.
		for (let i = 3; i < direct.length; i += 4) expect(direct[i]).toBe(255);
		expect(px(direct, w, 17, 17)).not.toEqual([...background, 255]);
		expect(px(direct, w, 0, 0)).toEqual([...background, 255]);
		// Words and bytes agree here too.
		const unaligned = new Uint8ClampedArray(new ArrayBuffer(w * w * 4 + 4), 1, w * w * 4);
		unaligned.set(filled());
		draw(unaligned, true);
		expect(Array.from(unaligned)).toEqual(Array.from(direct));
	});

	it('clips dots on the edge of the buffer instead of wrapping them', () => {
		const w = 8;
		const d = new Uint8ClampedArray(w * w * 4);
		stampDots(d, w, w, [0, 4], [255, 0, 0], 1, 2);
		expect(px(d, w, 0, 4)).toEqual([255, 0, 0, 255]);
		expect(px(d, w, 7, 3)).toEqual([0, 0, 0, 0]);
		expect(px(d, w, 6, 4)).toEqual([0, 0, 0, 0]);
	});
});

describe('discMask and parseRgb', () => {
	it('covers a disc symmetrically', () => {
		const m = discMask(3);
		expect(m).toHaveLength(36);
		expect(m[0]).toBe(0);
		expect(m[2 * 6 + 2]).toBe(1);
		expect(m[1 * 6 + 0]).toBeCloseTo(m[4 * 6 + 5]!);
	});
	it('reads computed colours', () => {
		expect(parseRgb('rgb(0, 114, 178)')).toEqual([0, 114, 178]);
		expect(parseRgb('rgba(93, 98, 108, 0.5)')).toEqual([93, 98, 108]);
		expect(parseRgb('color(srgb 0.5 1 0)')).toEqual([128, 255, 0]);
		expect(parseRgb('transparent')).toBeNull();
	});
});
