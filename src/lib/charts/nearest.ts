/**
 * Nearest-point look-up for pointer hit-testing on dense charts: points are bucketed in a uniform grid
 * of `cell`-pixel squares, so a look-up reads only the few buckets around the pointer, whatever the
 * number of points. (A quadtree does the same; this is smaller and enough for a fixed radius.)
 */
export interface PointIndex<T> {
	find(x: number, y: number, radius: number): T | undefined;
}

export function indexPoints<T>(
	items: readonly T[],
	x: (d: T) => number,
	y: (d: T) => number,
	cell = 16
): PointIndex<T> {
	const buckets = new Map<number, number[]>();
	const key = (i: number, j: number) => i * 1_000_003 + j;
	const xs = new Float64Array(items.length);
	const ys = new Float64Array(items.length);
	items.forEach((d, n) => {
		xs[n] = x(d);
		ys[n] = y(d);
		const k = key(Math.floor(xs[n]! / cell), Math.floor(ys[n]! / cell));
		const b = buckets.get(k);
		if (b) b.push(n);
		else buckets.set(k, [n]);
	});
	return {
		find(px, py, radius) {
			const reach = Math.ceil(radius / cell);
			const ci = Math.floor(px / cell);
			const cj = Math.floor(py / cell);
			let best = -1;
			let bestD = radius * radius;
			for (let i = ci - reach; i <= ci + reach; i++) {
				for (let j = cj - reach; j <= cj + reach; j++) {
					for (const n of buckets.get(key(i, j)) ?? []) {
						const d = (xs[n]! - px) ** 2 + (ys[n]! - py) ** 2;
						// Ties go to the later point: it is drawn on top.
						if (d <= bestD) {
							bestD = d;
							best = n;
						}
					}
				}
			}
			return best < 0 ? undefined : items[best];
		}
	};
}
