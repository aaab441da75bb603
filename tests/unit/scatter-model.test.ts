import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRoleColors } from '../../src/lib/charts/colors';
import { fitText } from '../../src/lib/charts/fitText';
import { overlaps, placeLabels, textWidth } from '../../src/lib/charts/placeLabels';
import { stackLabels } from '../../src/lib/charts/heatmap/stackLabels';
import { indexPoints } from '../../src/lib/charts/nearest';
import {
	buildScatterModel,
	highlightScatter,
	SCATTER_RADIUS,
	summarise
} from '../../src/lib/charts/scatter/model';
import { measureWords } from '../../src/lib/data/words';
import { loadSeedDataset } from '../helpers/dataset';

const data = loadSeedDataset();
const colors = buildRoleColors(data.roles.map((r) => r.id));
const words = measureWords(data.meta);
const model = (width = 560, height = 346) =>
	buildScatterModel(data.roles, { width, height, colors, words });

describe('buildScatterModel on the seed', () => {
	const m = model();

	it('notes the medians and the top-right corner in the words it is given', () => {
		expect(m.annotations.map((a) => a.text)).toEqual([
			'Better paid, growing faster ↗',
			'Median $142,000',
			'Median 20%'
		]);
		const other = buildScatterModel(data.roles, {
			width: 560,
			height: 346,
			colors,
			words: { ...words, scatterNotes: { median: 'Mediana', quadrant: 'Mejor pagado ↗' } }
		});
		expect(other.annotations.map((a) => a.text)).toEqual([
			'Mejor pagado ↗',
			'Mediana $142,000',
			'Mediana 20%'
		]);
	});

	it('spans growth from 0 and pay around the data, with nice round ends', () => {
		expect(m.xDomain).toEqual([0, 40]);
		expect(m.yDomain).toEqual([110000, 170000]);
		expect(m.xTicks).toEqual([0, 5, 10, 15, 20, 25, 30, 35, 40]);
	});

	it('plots every role at its seed values', () => {
		const p = Object.fromEntries(m.points.map((p) => [p.id, p]));
		expect(p['data-scientist']).toMatchObject({ salary: 155000, growth: 34, px: 85 });
		expect(p['software-engineer']).toMatchObject({ salary: 149000, growth: 7, px: 17.5 });
		// y runs down the screen: $170k at 0%, $110k at 100%.
		expect(p['machine-learning-engineer']!.py).toBeCloseTo(15, 6);
		expect(p['software-developer']!.py).toBeCloseTo(80, 6);
		expect(m.points).toHaveLength(7);
	});

	it('draws reference lines at the median pay and median growth', () => {
		expect(m.reference.salary).toBe(142000);
		expect(m.reference.growth).toBe(20);
		expect(m.reference.px).toBe(50);
	});

	it('gives each role its own colour, in dataset order', () => {
		expect(m.points.map((p) => p.colorIndex)).toEqual([0, 1, 2, 3, 4, 5, 6]);
	});

	it('summarises the extremes in words', () => {
		expect(m.summary).toBe(
			'7 roles plotted by median total pay against projected job growth. ' +
				'Highest pay: Machine learning engineer, $161,000. Lowest pay: Software developer, $122,000. ' +
				'Fastest growth: Data scientist, 34%. Slowest growth: Software engineer, 7%.'
		);
	});

	it('names the extremes a stable sort would: the first highest, the last lowest', () => {
		const point = fc.record({
			title: fc.constantFrom('A', 'B', 'C', 'D'),
			salary: fc.integer({ min: 1, max: 3 }),
			growth: fc.integer({ min: -2, max: 2 })
		});
		fc.assert(
			fc.property(fc.array(point, { minLength: 1, maxLength: 8 }), (points) => {
				const byPay = [...points].sort((a, b) => b.salary - a.salary);
				const byGrowth = [...points].sort((a, b) => b.growth - a.growth);
				const text = summarise(points, words);
				expect(text).toContain(`Highest pay: ${byPay[0]!.title},`);
				expect(text).toContain(`Lowest pay: ${byPay.at(-1)!.title},`);
				expect(text).toContain(`Fastest growth: ${byGrowth[0]!.title},`);
				expect(text).toContain(`Slowest growth: ${byGrowth.at(-1)!.title},`);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('labels', () => {
	function boxes(width: number, height: number) {
		const m = model(width, height);
		const pts = new Map(m.points.map((p) => [p.id, p]));
		return {
			m,
			labels: m.labels.map((l) => {
				const p = pts.get(l.id)!;
				const x = ((l.px ?? p.px) / 100) * width + l.dx;
				const y = (p.py / 100) * height + l.dy;
				const w = textWidth(l.text);
				const x0 = l.anchor === 'start' ? x : l.anchor === 'end' ? x - w : x - w / 2;
				return { id: l.id, x0, x1: x0 + w, y0: y - 12 * 0.8, y1: y + 3 };
			}),
			points: m.points.map((p) => {
				const x = (p.px / 100) * width;
				const y = (p.py / 100) * height;
				const r = SCATTER_RADIUS;
				return { id: p.id, x0: x - r, x1: x + r, y0: y - r, y1: y + r };
			})
		};
	}

	it.each([
		{ width: 1040, height: 346 },
		{ width: 560, height: 346 },
		{ width: 276, height: 346 }
	])('never overlap each other or any point at $width×$height', ({ width, height }) => {
		const { labels, points } = boxes(width, height);
		for (const a of labels) {
			for (const b of labels) if (a !== b) expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false);
			for (const p of points) expect(overlaps(a, p), `${a.id} over point ${p.id}`).toBe(false);
			expect(a.x0).toBeGreaterThanOrEqual(0);
			expect(a.x1).toBeLessThanOrEqual(width);
		}
	});

	it('labels all seven roles on a desktop-sized plot, including the three at 20% growth', () => {
		const { m } = boxes(560, 346);
		expect(m.labels.map((l) => l.id).sort()).toEqual(data.roles.map((r) => r.id).sort());
	});

	it('labels all seven roles on a 360 px phone’s plot too: a long name over its point, at the edge', () => {
		const { m, labels, points } = boxes(246, 346);
		expect(m.labels.map((l) => l.id).sort()).toEqual(data.roles.map((r) => r.id).sort());
		// A label above or below its point spans the point's centre, so it reads as the point's.
		for (const l of m.labels.filter((l) => Math.abs(l.dy) >= 8)) {
			const label = labels.find((b) => b.id === l.id)!;
			const point = points.find((p) => p.id === l.id)!;
			const x = (point.x0 + point.x1) / 2;
			expect(label.x0 <= x && x <= label.x1, l.id).toBe(true);
		}
		// One spanning another point about as high as its own stands off with a leader to its own:
		// "Business intelligence developer" spans the computational linguist's point too.
		const mid = (b: { y0: number; y1: number }) => (b.y0 + b.y1) / 2;
		for (const l of m.labels.filter((l) => l.px !== undefined)) {
			const label = labels.find((b) => b.id === l.id)!;
			const own = points.find((p) => p.id === l.id)!;
			const shared = points.filter(
				(p) => p !== own && p.x1 > label.x0 && p.x0 < label.x1 && Math.abs(mid(p) - mid(own)) < 12
			);
			expect(shared.length > 0, l.id).toBe(!!l.leader);
			// The leader runs upright from its own point to the label.
			if (l.leader) expect(l.leader).toMatchObject({ x1: 0, x2: 0 });
		}
		expect(m.labels.find((l) => l.id === 'business-intelligence-developer')).toMatchObject({
			px: 0,
			dy: -30,
			leader: { x1: 0, y1: -11, x2: 0, y2: -26 }
		});
	});

	it('is deterministic', () => {
		expect(model(420, 300)).toEqual(model(420, 300));
	});

	it('drops a label rather than overlap it', () => {
		const placed = placeLabels(
			[
				{ id: 'a', text: 'Fits', x: 40, y: 20, r: 5 },
				{ id: 'b', text: 'This label is far too long for the plot', x: 90, y: 20, r: 5 }
			],
			{ width: 140, height: 40 }
		);
		expect(placed.map((l) => l.id)).toEqual(['a']);
	});
});

describe('filtering dims but never moves', () => {
	it('dims the roles outside the match over the same layout', () => {
		const layout = model();
		const before = JSON.stringify(layout);
		const some = highlightScatter(layout, new Set(['data-scientist', 'software-engineer']));
		expect(layout.points.filter((p) => !some.isDimmed(p.id)).map((p) => p.id)).toEqual([
			'data-scientist',
			'software-engineer'
		]);
		expect(some.labels.filter((l) => !l.dimmed).map((l) => l.id)).toEqual([
			'data-scientist',
			'software-engineer'
		]);
		expect(some.labels).toEqual(
			layout.labels.map((l) => ({
				...l,
				dimmed: !['data-scientist', 'software-engineer'].includes(l.id)
			}))
		);
		expect(some.matchCount).toBe(2);
		expect(some.emptyReason).toBeNull();
		// The layout is not touched: a filter change never moves a mark.
		expect(JSON.stringify(layout)).toBe(before);
	});

	it('with no filter, dims nothing', () => {
		const none = highlightScatter(model(), null);
		expect(none.matchCount).toBe(7);
		expect(none.labels.every((l) => !l.dimmed)).toBe(true);
		expect(none.emptyReason).toBeNull();
	});

	it('says plainly when nothing matches', () => {
		const none = highlightScatter(model(), new Set());
		expect(none.matchCount).toBe(0);
		expect(none.emptyReason).toBe('No role matches the chosen skills.');
	});

	it('handles a dataset of one role', () => {
		const one = buildScatterModel(data.roles.slice(0, 1), {
			width: 500,
			height: 300,
			colors,
			words
		});
		expect(one.xDomain[0]).toBe(0);
		expect(one.yDomain[0]).toBeLessThan(161000);
		expect(one.yDomain[1]).toBeGreaterThan(161000);
		expect(one.labels).toHaveLength(1);
	});

	it('never takes the pay axis below zero; growth starts at the lowest decline', () => {
		// Pay from $31,200 to $450,000: room under the lowest would reach −$100k.
		const spread = [31_200, 450_000].map((median, i) => ({
			...data.roles[i]!,
			salary: { ...data.roles[i]!.salary, median },
			growth: { ...data.roles[i]!.growth, percent: i ? 60 : -12 }
		}));
		const m = buildScatterModel(spread, { width: 500, height: 300, colors, words });
		expect(m.yDomain).toEqual([0, 600_000]);
		expect(m.yTicks[0]).toBe(0);
		expect(m.xDomain[0]).toBeLessThanOrEqual(-12);
	});
});

describe('indexPoints (pointer hit-testing for dense charts)', () => {
	const pts = [
		{ id: 'a', x: 10, y: 10 },
		{ id: 'b', x: 40, y: 12 },
		{ id: 'c', x: 41, y: 12 },
		{ id: 'd', x: 300, y: 300 }
	];
	const index = indexPoints(
		pts,
		(p) => p.x,
		(p) => p.y,
		16
	);
	it.each([
		{ at: [12, 11], radius: 14, expected: 'a' },
		{ at: [40.6, 12], radius: 14, expected: 'c' },
		{ at: [25, 11], radius: 5, expected: undefined },
		{ at: [292, 292], radius: 14, expected: 'd' },
		{ at: [290, 290], radius: 14, expected: undefined },
		{ at: [-50, -50], radius: 14, expected: undefined }
	])('nearest to $at within $radius → $expected', ({ at, radius, expected }) => {
		expect(index.find(at[0]!, at[1]!, radius)?.id).toBe(expected);
	});

	it('agrees with a brute-force search on random points', () => {
		let seed = 7;
		const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 500;
		const many = Array.from({ length: 2000 }, (_, i) => ({ id: String(i), x: rand(), y: rand() }));
		const idx = indexPoints(
			many,
			(p) => p.x,
			(p) => p.y,
			16
		);
		for (let q = 0; q < 200; q++) {
			const [x, y] = [rand(), rand()];
			let best: (typeof many)[number] | undefined;
			let bestD = 14 * 14;
			for (const p of many) {
				const d = (p.x - x) ** 2 + (p.y - y) ** 2;
				if (d <= bestD) [best, bestD] = [p, d];
			}
			expect(idx.find(x, y, 14)?.id).toBe(best?.id);
		}
	});
});

describe('fitText (names in a margin of fixed width)', () => {
	it('keeps a name that fits and cuts one that does not, ending in an ellipsis', () => {
		expect(fitText('Business intelligence developer', 196, { size: 12, weight: 600 }, 0.52)).toBe(
			'Business intelligence developer'
		);
		const cut = fitText(
			'Principal Business intelligence architect 2334',
			196,
			{ size: 12, weight: 600 },
			0.52
		);
		expect(cut).toBe('Principal Business intelligenc…');
		expect(textWidth(cut, 12, 0.52)).toBeLessThanOrEqual(196);
	});
});

describe('stackLabels (category labels under their groups)', () => {
	it('puts a label on the first line where it clears the one before, 8 px apart', () => {
		const placed = stackLabels(
			[
				{ x: 0, width: 168 },
				{ x: 101, width: 134 },
				{ x: 152, width: 129 },
				{ x: 177, width: 119 },
				{ x: 300, width: 40 }
			],
			1000
		);
		expect(placed).toEqual([
			{ dx: 0, line: 0 },
			{ dx: 0, line: 1 },
			{ dx: 0, line: 2 },
			{ dx: 0, line: 0 },
			{ dx: 0, line: 1 }
		]);
	});

	it('moves a label that would run past the right edge back to end there, not past the left', () => {
		const placed = stackLabels(
			[
				{ x: 0, width: 100 },
				{ x: 240, width: 272 }
			],
			436
		);
		// 240 + 272 = 512 runs 76 px past 436: it starts at 164, clear of the first label.
		expect(placed[1]).toEqual({ dx: -76, line: 0 });
		// No further back than the left bound: the axis's start, or room before it.
		expect(stackLabels([{ x: 50, width: 500 }], 436)).toEqual([{ dx: -50, line: 0 }]);
		expect(stackLabels([{ x: 50, width: 500 }], 436, -200)).toEqual([{ dx: -114, line: 0 }]);
	});
});
