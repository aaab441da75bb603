import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildRoleColors } from '../../src/lib/charts/colors';
import { buildScatterModel } from '../../src/lib/charts/scatter/model';
import { dotsPath, svgNumber } from '../../src/lib/charts/svgPath';
import { measureWords } from '../../src/lib/data/words';
import { loadSeedDataset } from '../helpers/dataset';

/** The absolute positions a `dotsPath` draws, read back from its moves. */
function drawn(d: string): string[] {
	const out: string[] = [];
	let [x, y] = [0, 0];
	for (const [, cmd, dx, dy] of d.matchAll(/([Mm])(-?[\d.]+) ?(-?[\d.]+)h0/g)) {
		[x, y] = cmd === 'M' ? [Number(dx), Number(dy)] : [x + Number(dx), y + Number(dy)];
		out.push(`${Math.round(x * 100)},${Math.round(y * 100)}`);
	}
	return out;
}

describe('svgNumber', () => {
	it('keeps three decimals at most, without trailing zeros or a minus zero', () => {
		expect(svgNumber(33.333333333333336)).toBe('33.333');
		expect(svgNumber(16.666666666666664)).toBe('16.667');
		expect(svgNumber(50)).toBe('50');
		expect(svgNumber(2.5)).toBe('2.5');
		expect(svgNumber(-0.0001)).toBe('0');
		expect(svgNumber(3.345724907063197, 2)).toBe('3.35');
	});
});

describe('dotsPath', () => {
	it('draws each distinct position once, left to right, from the one before', () => {
		const d = dotsPath([
			[38.75, 71.2],
			[33.75, 74.7],
			[38.75, 71.2],
			[33.75, 67.8]
		]);
		expect(d).toBe('M33.75 67.8h0m0 6.9h0m5-3.5h0');
		expect(drawn(d)).toEqual(['3375,6780', '3375,7470', '3875,7120']);
	});

	it('rounds to the decimals asked for', () => {
		expect(dotsPath([[1.234, 5.678]])).toBe('M1.23 5.68h0');
		expect(dotsPath([[1.234, 5.678]], 1)).toBe('M1.2 5.7h0');
		expect(dotsPath([])).toBe('');
	});

	it('draws exactly the set of rounded positions, whatever they are', () => {
		const point = fc.tuple(
			fc.double({ min: -20, max: 120, noNaN: true }),
			fc.double({ min: -20, max: 120, noNaN: true })
		);
		fc.assert(
			fc.property(fc.array(point, { maxLength: 200 }), (points) => {
				const want = [
					...new Set(points.map(([x, y]) => `${Math.round(x * 100)},${Math.round(y * 100)}`))
				];
				const got = drawn(dotsPath(points));
				expect(got).toHaveLength(want.length);
				expect(new Set(got)).toEqual(new Set(want));
			})
		);
	});

	it('is a fraction of the absolute moves for the scatter of 10,000 roles', async () => {
		const { generateDataset } = await import('../bench/generate.mjs');
		const seed = loadSeedDataset();
		const data = generateDataset(10_000, 7, JSON.parse(JSON.stringify(seed)));
		const m = buildScatterModel(data.roles, {
			width: 560,
			height: 346,
			colors: buildRoleColors(data.roles.map((r) => r.id)),
			words: measureWords(data.meta)
		});
		const points = m.points.map((p) => [p.px, p.py] as const);
		const absolute = points.map(([x, y]) => `M${+x.toFixed(2)} ${+y.toFixed(2)}h0`).join('');
		const d = dotsPath(points);
		expect(new Set(drawn(d))).toEqual(new Set(drawn(absolute)));
		expect(gzipSync(d).length).toBeLessThan(gzipSync(absolute).length / 4);
	});
});
