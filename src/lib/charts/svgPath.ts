/**
 * Numbers and paths for the SVG the server writes into the page, kept short: a prerendered chart
 * travels in every page, and most of its bytes are coordinates.
 */

/** A coordinate with at most `digits` decimals and no trailing zeros (`33.333333333333336` → `33.333`). */
export const svgNumber = (value: number, digits = 3): string => String(+value.toFixed(digits));

/**
 * Dots as one path of zero-length segments (drawn with a round cap), for thousands of points in
 * one element. Positions are rounded to `digits` decimals; a position already drawn is not drawn
 * again, and the rest are written left to right as moves from the one before (`m1.25-0.5h0`),
 * which is a fifth of the bytes of absolute moves at 10,000 points once gzipped. One path's stroke
 * is painted once however its segments overlap, so neither the order nor a repeat shows.
 */
export function dotsPath(points: Iterable<readonly [number, number]>, digits = 2): string {
	const scale = 10 ** digits;
	const at = Array.from(points, ([x, y]): [number, number] => [
		Math.round(x * scale),
		Math.round(y * scale)
	]);
	at.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	let d = '';
	let [px, py] = [0, 0];
	for (const [x, y] of at) {
		// Sorted, a repeated position follows its first.
		if (d && x === px && y === py) continue;
		const dx = (x - px) / scale;
		const dy = (y - py) / scale;
		d += `${d ? 'm' : 'M'}${dx}${dy < 0 ? '' : ' '}${dy}h0`;
		[px, py] = [x, y];
	}
	return d;
}
