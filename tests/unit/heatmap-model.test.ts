import { describe, expect, it } from 'vitest';
import { buildRoleColors } from '../../src/lib/charts/colors';
import {
	buildHeatmapModel,
	highlightHeatmap,
	isGapKey,
	layoutHeatmap,
	orderRoles,
	sortLabel,
	type HeatmapSort,
	type Orientation
} from '../../src/lib/charts/heatmap/model';
import { describeMatch, matchRoles, rankByCoverage } from '../../src/lib/data/match';
import { loadSeedDataset, quoteLookup } from '../helpers/dataset';
import { measureWords } from '../../src/lib/data/words';

const data = loadSeedDataset();
const quoteOf = quoteLookup(data);
const colors = buildRoleColors(data.roles.map((r) => r.id));
const build = (
	opts: {
		sort?: HeatmapSort;
		chosen?: string[];
		mode?: 'all' | 'any';
		orientation?: Orientation;
	} = {}
) => {
	const chosen = opts.chosen ?? [];
	return buildHeatmapModel(data, {
		sort: opts.sort ?? 'pay',
		orientation: opts.orientation ?? 'wide',
		chosen,
		matches: matchRoles(data.roles, chosen, opts.mode ?? 'any'),
		colors,
		quoteOf
	});
};

describe('buildHeatmapModel', () => {
	it('has one cell per role × skill, with the seed’s strengths', () => {
		const m = build();
		expect(m.cells).toHaveLength(7 * data.skills.length);
		const cell = (r: string, s: string) => m.cells.find((c) => c.roleId === r && c.skillId === s)!;
		expect(cell('software-engineer', 'sql').strength).toBe('familiarity');
		expect(cell('software-engineer', 'sql').quote).toBe(
			'at a minimum, a familiarity with Linux/Unix, Perl, Shell, and SQL'
		);
		expect(cell('data-scientist', 'spark').strength).toBe('essential');
		expect(cell('computational-linguist', 'bachelors-degree').strength).toBe('beneficial');
		expect(cell('machine-learning-engineer', 'sql')).toMatchObject({ strength: null, quote: null });
		expect(m.cells.filter((c) => c.strength).length).toBe(46);
	});

	it.each([
		{
			sort: 'pay' as const,
			expected: [
				'machine-learning-engineer',
				'data-scientist',
				'software-engineer',
				'ai-engineer',
				'business-intelligence-developer',
				'computational-linguist',
				'software-developer'
			]
		},
		{
			// Ties (20% ×3, 15% ×2) break by pay, so the order is stable.
			sort: 'growth' as const,
			expected: [
				'data-scientist',
				'machine-learning-engineer',
				'ai-engineer',
				'computational-linguist',
				'business-intelligence-developer',
				'software-developer',
				'software-engineer'
			]
		},
		{
			sort: 'skills' as const,
			expected: [
				'data-scientist',
				'software-engineer',
				'ai-engineer',
				'machine-learning-engineer',
				'software-developer',
				'business-intelligence-developer',
				'computational-linguist'
			]
		},
		{
			sort: 'name' as const,
			expected: [
				'AI engineer',
				'Business intelligence developer',
				'Computational linguist',
				'Data scientist',
				'Machine learning engineer',
				'Software developer',
				'Software engineer'
			].map((t) => data.roles.find((r) => r.title === t)!.id)
		}
	])('sorts rows by $sort', ({ sort, expected }) => {
		const m = build({ sort });
		expect(m.rows.map((r) => r.id)).toEqual(expected);
		expect(m.yDomain).toEqual(expected);
	});

	it('sorts by coverage of the chosen skills, best fit first (ties by pay)', () => {
		const m = build({ sort: 'match', chosen: ['python', 'sql', 'r'] });
		expect(m.rows.slice(0, 2).map((r) => [r.id, r.coverage])).toEqual([
			['data-scientist', { matched: 3, total: 3 }],
			['software-engineer', { matched: 2, total: 3 }]
		]);
		expect(m.rows.at(-1)!.coverage).toEqual({ matched: 0, total: 3 });
		expect(sortLabel(m.sort, measureWords(data.meta))).toBe(
			'Rows sorted by chosen skills asked for, most first'
		);
	});

	it('groups skill columns by category with a gap key between groups', () => {
		const m = build();
		expect(m.groups.map((g) => g.id)).toEqual([
			'languages',
			'platforms',
			'systems',
			'knowledge',
			'education'
		]);
		expect(m.xDomain.filter(isGapKey)).toEqual([
			'gap:platforms',
			'gap:systems',
			'gap:knowledge',
			'gap:education'
		]);
		expect(m.xDomain.slice(0, 8)).toEqual([
			'python',
			'cpp',
			'java',
			'r',
			'sql',
			'perl',
			'shell',
			'gap:platforms'
		]);
		expect(m.groups[1]).toMatchObject({ first: 'spark', last: 'hadoop' });
	});

	it('turns on its side for phones: skills down, roles across', () => {
		const m = build({ orientation: 'tall' });
		expect(m.xDomain).toEqual(build().yDomain);
		expect(m.yDomain[0]).toBe('gap:languages');
		const c = m.cells.find((c) => c.roleId === 'ai-engineer' && c.skillId === 'r')!;
		expect([c.xKey, c.yKey]).toEqual(['ai-engineer', 'r']);
	});

	it('dims roles that do not match and highlights chosen columns', () => {
		const m = build({ chosen: ['python', 'sql'], mode: 'all' });
		expect(m.rows.filter((r) => !r.dimmed).map((r) => r.id)).toEqual([
			'data-scientist',
			'software-engineer'
		]);
		expect(m.columns.filter((c) => c.highlighted).map((c) => c.id)).toEqual(['python', 'sql']);
		expect(m.emptyReason).toBeNull();
	});

	it('keeps every row lit when asked (the comparison), with coverage still counted', () => {
		const m = buildHeatmapModel(data, {
			sort: 'pay',
			orientation: 'tall',
			chosen: ['python', 'sql'],
			matches: matchRoles(data.roles, ['python', 'sql'], 'all'),
			dimUnmatched: false,
			colors
		});
		expect(m.rows.filter((r) => r.dimmed)).toEqual([]);
		expect(m.rows.find((r) => r.id === 'ai-engineer')?.coverage).toEqual({ matched: 1, total: 2 });
	});

	it('says so when nothing matches', () => {
		expect(build({ chosen: ['perl', 'kafka'], mode: 'all' }).emptyReason).toBe(
			'No role matches the chosen skills.'
		);
	});

	it('says so when the data names no requirements (a sheet of titles, pay and growth)', () => {
		const bare = {
			...data,
			skills: [],
			roles: data.roles.map((r) => ({ ...r, requirements: [] }))
		};
		const m = buildHeatmapModel(bare, {
			sort: 'pay',
			orientation: 'wide',
			chosen: [],
			matches: matchRoles(bare.roles, [], 'any'),
			colors,
			quoteOf
		});
		expect(m.emptyReason).toBe('The data names no requirements for these roles.');
	});

	it('summarises in words', () => {
		expect(build().summary).toContain(
			'Most asked for: Bachelor’s degree (6 roles), Degree: computer science (6 roles) and Python (4 roles).'
		);
		expect(build().summary).toContain(
			'Data scientist lists the most requirements (12, 7 of them essential).'
		);
	});

	it('does not mutate its input', () => {
		const before = JSON.stringify(data);
		build({ sort: 'name', chosen: ['python'] });
		expect(JSON.stringify(data)).toBe(before);
	});
});

describe('status line and ranking', () => {
	const m = (skills: string[], mode: 'all' | 'any') => matchRoles(data.roles, skills, mode);
	it.each([
		{
			skills: [],
			labels: [],
			mode: 'any' as const,
			expected: 'All 7 roles shown. Tick skills to see which roles ask for them.'
		},
		{
			skills: ['python', 'sql'],
			labels: ['Python', 'SQL'],
			mode: 'all' as const,
			expected: '2 of 7 roles match Python and SQL'
		},
		{
			skills: ['python', 'sql'],
			labels: ['Python', 'SQL'],
			mode: 'any' as const,
			expected: '4 of 7 roles match Python or SQL'
		},
		{
			skills: ['perl', 'kafka'],
			labels: ['Perl', 'Kafka'],
			mode: 'all' as const,
			expected: '0 of 7 roles match Perl and Kafka'
		}
	])('$expected', ({ skills, labels, mode, expected }) => {
		expect(describeMatch(m(skills, mode), labels, mode)).toBe(expected);
	});

	it('ranks by coverage, ties in dataset order', () => {
		expect(rankByCoverage(m(['python', 'sql'], 'any')).map((r) => `${r.id}:${r.matched}`)).toEqual([
			'data-scientist:2',
			'software-engineer:2',
			'machine-learning-engineer:1',
			'ai-engineer:1',
			'software-developer:0',
			'business-intelligence-developer:0',
			'computational-linguist:0'
		]);
		expect(rankByCoverage(m(['python', 'sql'], 'any'), 3).map((r) => r.id)).toEqual([
			'data-scientist',
			'software-engineer',
			'machine-learning-engineer'
		]);
		expect(rankByCoverage(m(['kafka'], 'any'), 0)).toEqual([]);
	});

	it('ranks 1,000 roles as a stable sort by coverage would, for any limit', async () => {
		const { generateDataset } = await import('../bench/generate.mjs');
		const big = generateDataset(1000, 11, JSON.parse(JSON.stringify(data)));
		const chosen = ['python', 'sql', 'spark', 'statistics', 'kafka'];
		const matches = matchRoles(big.roles, chosen, 'any');
		// The reference: every role, sorted by coverage (Array#sort is stable).
		const all = [...matches].sort((a, b) => b.matched - a.matched);
		expect(new Set(all.map((r) => r.matched)).size).toBeGreaterThan(3);
		for (const limit of [0, 1, 10, 137, 999, 1000, 5000])
			expect(rankByCoverage(matches, limit)).toEqual(all.slice(0, limit));
	});

	it('answers by id and by index, and says which roles are shown', () => {
		const r = m(['python', 'sql'], 'all');
		expect(r.length).toBe(7);
		expect(r.count).toBe(2);
		expect(r.get('software-engineer')).toEqual({
			id: 'software-engineer',
			matched: 2,
			total: 2,
			matches: true
		});
		expect(r.at(data.roles.findIndex((x) => x.id === 'ai-engineer'))).toEqual({
			id: 'ai-engineer',
			matched: 1,
			total: 2,
			matches: false
		});
		expect(r.get('no-such-role')).toBeUndefined();
		expect(r.shown?.size).toBe(2);
		expect(data.roles.filter((x) => r.shown?.has(x.id)).map((x) => x.id)).toEqual([
			'data-scientist',
			'software-engineer'
		]);
		expect(r.shown?.has('no-such-role')).toBe(false);
		// Coverage levels: 2 roles ask for both, 2 for one of them, 3 for neither.
		expect([2, 1, 0].map((k) => r.countMatched(k))).toEqual([2, 2, 3]);
		// Nothing chosen: every role passes and nothing is dimmed.
		const none = m([], 'any');
		expect(none.count).toBe(7);
		expect(none.shown).toBeNull();
		expect(none.get('ai-engineer')).toEqual({
			id: 'ai-engineer',
			matched: 0,
			total: 0,
			matches: true
		});
	});
});

describe('paging', () => {
	const paged = (page: number) =>
		buildHeatmapModel(data, {
			sort: 'pay',
			orientation: 'wide',
			chosen: [],
			matches: matchRoles(data.roles, [], 'any'),
			colors,
			page,
			pageSize: 3
		});

	it.each([
		{
			page: 0,
			ids: ['machine-learning-engineer', 'data-scientist', 'software-engineer'],
			label: 'Roles 1–3 of 7'
		},
		{
			page: 1,
			ids: ['ai-engineer', 'business-intelligence-developer', 'computational-linguist'],
			label: 'Roles 4–6 of 7'
		},
		{ page: 2, ids: ['software-developer'], label: 'Roles 7–7 of 7' },
		{ page: 9, ids: ['software-developer'], label: 'Roles 7–7 of 7' },
		{
			page: -1,
			ids: ['machine-learning-engineer', 'data-scientist', 'software-engineer'],
			label: 'Roles 1–3 of 7'
		}
	])('page $page draws only its rows', ({ page, ids, label }) => {
		const m = paged(page);
		expect(m.rows.map((r) => r.id)).toEqual(ids);
		expect(m.yDomain).toEqual(ids);
		expect(m.cells).toHaveLength(ids.length * 23);
		expect(m.rangeLabel).toBe(label);
		expect(m.pageCount).toBe(3);
		expect(m.allRows).toHaveLength(7);
	});

	it('one page needs no label', () => {
		expect(build().rangeLabel).toBe('');
		expect(build().pageCount).toBe(1);
	});
});

describe('layout and highlight', () => {
	const layout = layoutHeatmap(data, { sort: 'pay', orientation: 'wide', colors, quoteOf });
	it.each([
		{ chosen: [], mode: 'any' as const, dimmed: [], highlighted: [] },
		{
			chosen: ['python', 'sql'],
			mode: 'all' as const,
			dimmed: [
				'machine-learning-engineer',
				'software-developer',
				'ai-engineer',
				'business-intelligence-developer',
				'computational-linguist'
			].sort(),
			highlighted: ['python', 'sql']
		}
	])('the filter $chosen ($mode) dims and highlights over the same layout', (t) => {
		const before = JSON.stringify(layout);
		const m = highlightHeatmap(layout, {
			chosen: t.chosen,
			matches: matchRoles(data.roles, t.chosen, t.mode)
		});
		expect(
			m.rows
				.filter((r) => r.dimmed)
				.map((r) => r.id)
				.sort()
		).toEqual(t.dimmed);
		expect(m.columns.filter((c) => c.highlighted).map((c) => c.id)).toEqual(t.highlighted);
		// The cells and their places are the layout's own: nothing is laid out again.
		expect(m.cells).toBe(layout.cells);
		expect(m.xDomain).toBe(layout.xDomain);
		expect(JSON.stringify(layout)).toBe(before);
	});

	it('orders by best match only with the filter’s result, without reordering the roles given', () => {
		const roles = [...data.roles];
		const ordered = orderRoles(roles, 'match', matchRoles(roles, ['python', 'sql', 'r'], 'any'));
		expect(ordered.slice(0, 2).map((r) => r.id)).toEqual(['data-scientist', 'software-engineer']);
		expect(roles.map((r) => r.id)).toEqual(data.roles.map((r) => r.id));
		expect(orderRoles(roles, 'match')).toBe(roles);
	});
});
