import { describe, expect, it } from 'vitest';
import { buildOverviewModel } from '../../src/lib/charts/overview/model';
import { loadSeedDataset } from '../helpers/dataset';

const data = loadSeedDataset();

describe('buildOverviewModel', () => {
	const o = buildOverviewModel(data, { matching: null, compared: ['ai-engineer'] });
	it('counts requirements by category per role, most first', () => {
		expect(o.rows.map((r) => [r.id, r.total])).toEqual([
			['data-scientist', 12],
			['ai-engineer', 10],
			['software-engineer', 10],
			['machine-learning-engineer', 6],
			['software-developer', 4],
			['business-intelligence-developer', 2],
			['computational-linguist', 2]
		]);
		const seg = (r: string, c: string) =>
			o.segments.find((s) => s.roleId === r && s.category === c);
		expect(seg('software-engineer', 'languages')).toMatchObject({ count: 6, x0: 0, x1: 6 });
		expect(seg('software-engineer', 'systems')).toMatchObject({ count: 1, x0: 6, x1: 7 });
		expect(seg('software-engineer', 'education')).toMatchObject({ count: 3, x0: 7, x1: 10 });
		expect(seg('machine-learning-engineer', 'education')).toBeUndefined();
		expect(o.rows.find((r) => r.id === 'ai-engineer')!.chosen).toBe(true);
	});
	it('dims roles outside the filter', () => {
		const f = buildOverviewModel(data, { matching: new Set(['data-scientist']), compared: [] });
		expect(f.rows.filter((r) => !r.dimmed).map((r) => r.id)).toEqual(['data-scientist']);
	});
	it.each([
		{ extra: 0, legend: 5, other: null },
		{
			extra: 1,
			legend: 5,
			other: 'Other categories (Education (bachelor’s degree and field) and X0)'
		},
		{
			extra: 5,
			legend: 5,
			other: 'Other categories (Education (bachelor’s degree and field), X0, X1, X2, X3 and X4)'
		}
	])(
		'with $extra more categories, every one is drawn in a colour of its own or in “other”',
		({ extra, legend, other }) => {
			// Each extra category takes over one skill of the data scientist's, so bars keep their totals.
			const ds = data.roles.find((r) => r.id === 'data-scientist')!;
			const moved = ds.requirements.slice(0, extra).map((q) => q.skill);
			const more = {
				...data,
				categories: [...data.categories, ...moved.map((_, i) => ({ id: `x${i}`, label: `X${i}` }))],
				skills: data.skills.map((s) =>
					moved.includes(s.id) ? { ...s, category: `x${moved.indexOf(s.id)}` } : s
				)
			};
			const m = buildOverviewModel(more, { matching: null, compared: [] });
			expect(m.legend).toHaveLength(legend);
			expect(m.legend.map((c) => c.index)).toEqual([0, 1, 2, 3, 4]);
			expect(m.legend.at(-1)!.id === 'other-categories' ? m.legend.at(-1)!.label : null).toBe(
				other
			);
			expect(m.categories).toHaveLength(5 + extra);
			for (const row of m.rows) {
				const drawn = m.segments.filter((s) => s.roleId === row.id);
				expect(drawn.at(-1)?.x1 ?? 0).toBe(row.total);
				expect(drawn.every((s) => s.categoryIndex < 5)).toBe(true);
			}
		}
	);
});
