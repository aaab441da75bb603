import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	buildSkillCatalogue,
	deriveSkillMatrix,
	firstInOrder,
	requirementWeight,
	roleIndex,
	scatterRows,
	sortedOnce
} from '../../src/lib/data/derive';
import {
	formatCount,
	formatList,
	formatPercent,
	formatPoints,
	allRoles,
	formatMoney,
	formatMoneyShort,
	median
} from '../../src/lib/data/format';
import { matchRoles } from '../../src/lib/data/match';
import { loadSeedDataset } from '../helpers/dataset';

const data = loadSeedDataset();

describe('buildSkillCatalogue', () => {
	const catalogue = buildSkillCatalogue(data);
	const count = (id: string) =>
		catalogue.flatMap((c) => c.skills).find((s) => s.id === id)?.roleCount;

	it('groups skills under the dataset’s categories, in order', () => {
		expect(catalogue.map((c) => c.id)).toEqual([
			'languages',
			'platforms',
			'systems',
			'knowledge',
			'education'
		]);
		expect(catalogue[1]!.skills.map((s) => s.id)).toEqual(['spark', 'kafka', 'hadoop']);
	});

	it.each([
		{ skill: 'python', expected: 4 },
		{ skill: 'cpp', expected: 3 },
		{ skill: 'java', expected: 3 },
		{ skill: 'r', expected: 2 },
		{ skill: 'sql', expected: 2 },
		{ skill: 'perl', expected: 1 },
		{ skill: 'spark', expected: 1 },
		{ skill: 'mathematics', expected: 2 },
		{ skill: 'programming', expected: 2 },
		{ skill: 'bachelors-degree', expected: 6 },
		{ skill: 'degree-computer-science', expected: 6 }
	])('counts $expected roles asking for $skill', ({ skill, expected }) => {
		expect(count(skill)).toBe(expected);
	});

	it('does not mutate its input', () => {
		const before = JSON.stringify(data);
		buildSkillCatalogue(data);
		expect(JSON.stringify(data)).toBe(before);
	});
});

describe('deriveSkillMatrix', () => {
	const matrix = deriveSkillMatrix(data.roles);
	it.each([
		{ role: 'software-engineer', skill: 'sql', expected: 'familiarity' },
		{ role: 'software-engineer', skill: 'python', expected: 'essential' },
		{ role: 'ai-engineer', skill: 'python', expected: 'expected' },
		{ role: 'computational-linguist', skill: 'bachelors-degree', expected: 'beneficial' },
		{ role: 'data-scientist', skill: 'kafka', expected: 'essential' },
		{ role: 'machine-learning-engineer', skill: 'sql', expected: undefined },
		{ role: 'business-intelligence-developer', skill: 'python', expected: undefined }
	])('$role × $skill → $expected', ({ role, skill, expected }) => {
		expect(matrix.get(role)?.get(skill)?.strength).toBe(expected);
	});

	it('weights roles by the strength of what they ask', () => {
		const w = (id: string) => requirementWeight(data.roles.find((r) => r.id === id)!);
		expect(w('data-scientist')).toBeGreaterThan(w('computational-linguist'));
		expect(w('computational-linguist')).toBe(2); // two "beneficial" requirements
	});
});

describe('matchRoles', () => {
	const ids = (skills: string[], mode: 'all' | 'any') =>
		[...matchRoles(data.roles, skills, mode)].filter((m) => m.matches).map((m) => m.id);

	it.each([
		{ skills: [], mode: 'all' as const, expected: data.roles.map((r) => r.id) },
		{
			skills: ['python', 'sql'],
			mode: 'all' as const,
			expected: ['data-scientist', 'software-engineer']
		},
		{
			skills: ['python', 'sql'],
			mode: 'any' as const,
			expected: ['machine-learning-engineer', 'data-scientist', 'ai-engineer', 'software-engineer']
		},
		{ skills: ['kafka'], mode: 'any' as const, expected: ['data-scientist'] },
		{ skills: ['perl', 'kafka'], mode: 'all' as const, expected: [] },
		{
			skills: ['python', 'python'],
			mode: 'all' as const,
			expected: ['machine-learning-engineer', 'data-scientist', 'ai-engineer', 'software-engineer']
		},
		{ skills: ['not-a-skill'], mode: 'any' as const, expected: [] }
	])('$mode of $skills', ({ skills, mode, expected }) => {
		expect(ids(skills, mode)).toEqual(expected);
	});

	it('counts coverage for ranking in "any" mode', () => {
		const m = [...matchRoles(data.roles, ['python', 'sql', 'r'], 'any')];
		expect(m.find((x) => x.id === 'data-scientist')).toEqual({
			id: 'data-scientist',
			matched: 3,
			total: 3,
			matches: true
		});
		expect(m.find((x) => x.id === 'software-engineer')?.matched).toBe(2);
		expect(m.find((x) => x.id === 'computational-linguist')).toMatchObject({
			matched: 0,
			matches: false
		});
	});

	it('does not mutate its input', () => {
		const skills = ['sql', 'python'];
		matchRoles(data.roles, skills, 'all');
		expect(skills).toEqual(['sql', 'python']);
	});
});

describe('formatting', () => {
	it.each([
		[formatMoney(161000), '$161,000'],
		[formatMoney(1_250_000), '$1,250,000'],
		[formatMoneyShort(161000), '$161k'],
		[formatMoneyShort(500), '$500'],
		[formatMoneyShort(79500), '$79.5k'],
		[allRoles(7), 'All 7 roles'],
		[allRoles(1), 'The one role'],
		[formatMoneyShort(79250), '$79.25k'],
		[formatMoneyShort(-100000), '−$100k'],
		[formatMoney(45000, 'GBP'), '£45,000'],
		[formatMoneyShort(45000, 'EUR'), '€45k'],
		[formatMoney(90000, 'CAD'), 'CA$90,000'],
		[formatMoney(161499.5, 'INR'), '₹161,500'],
		[formatPercent(20), '20%'],
		[formatPercent(3.25), '3.3%'],
		[formatCount(7), '7'],
		[formatCount(100000), '100,000'],
		[formatPoints(14), '+14 points'],
		[formatPoints(-1), '−1 point'],
		[formatPoints(0), '±0 points'],
		[formatList(['Python']), 'Python'],
		[formatList(['Python', 'SQL']), 'Python and SQL'],
		[formatList(['Python', 'SQL', 'R'], 'or'), 'Python, SQL or R'],
		[formatList([]), '']
	])('%s = %s', (actual, expected) => {
		expect(actual).toBe(expected);
	});

	it.each([
		{ input: [122, 131, 132, 142, 149, 155, 161], expected: 142 },
		{ input: [1, 3, 2, 4], expected: 2.5 },
		{ input: [], expected: NaN }
	])('median($input) = $expected', ({ input, expected }) => {
		const copy = [...input];
		expect(median(input)).toBe(expected);
		expect(input).toEqual(copy);
	});
});

describe('orders and indexes kept per roles array', () => {
	it('sorts once per array and name, and never touches the input', () => {
		const roles = [...data.roles];
		const byPay = (a: (typeof roles)[number], b: (typeof roles)[number]) =>
			b.salary.median - a.salary.median;
		const first = sortedOnce(roles, 'pay', byPay);
		expect(first.map((r) => r.salary.median).slice(0, 3)).toEqual([161000, 155000, 149000]);
		expect(sortedOnce(roles, 'pay', byPay)).toBe(first);
		expect(sortedOnce(roles, 'title', (a, b) => a.title.localeCompare(b.title))).not.toBe(first);
		expect(sortedOnce([...roles], 'pay', byPay)).not.toBe(first);
		expect(roles.map((r) => r.id)).toEqual(data.roles.map((r) => r.id));
	});

	it('lists the scatter’s rows: the roles passing the filter, highest pay first', () => {
		const all = scatterRows(data.roles, null);
		expect(all.map((r) => r.salary.median)).toEqual([
			161000, 155000, 149000, 142000, 132000, 131000, 122000
		]);
		const python = scatterRows(data.roles, matchRoles(data.roles, ['python'], 'any'));
		expect(python.map((r) => r.id)).toEqual([
			'machine-learning-engineer',
			'data-scientist',
			'software-engineer',
			'ai-engineer'
		]);
	});

	it('finds a role by id', () => {
		const index = roleIndex(data.roles);
		expect(index.get('ai-engineer')).toBe(data.roles.findIndex((r) => r.id === 'ai-engineer'));
		expect(roleIndex(data.roles)).toBe(index);
		expect(index.size).toBe(7);
	});
});

describe('firstInOrder', () => {
	it('gives the first k of a stable sort, without sorting everything', () => {
		const item = fc.record({ key: fc.integer({ min: 0, max: 4 }), at: fc.nat() });
		fc.assert(
			fc.property(
				fc.array(item, { maxLength: 40 }),
				fc.integer({ min: 0, max: 45 }),
				(items, k) => {
					const compare = (a: { key: number }, b: { key: number }) => b.key - a.key;
					expect(firstInOrder(items, k, compare)).toEqual([...items].sort(compare).slice(0, k));
				}
			),
			{ numRuns: 500 }
		);
	});
});

describe('describeHighlight', () => {
	const seed = loadSeedDataset();
	it('names the first roles a filter highlights, then counts the rest', async () => {
		const { describeHighlight } = await import('../../src/lib/data/match');
		const m = matchRoles(seed.roles, ['python', 'sql'], 'any');
		expect(describeHighlight(m, seed.roles, ['Python', 'SQL'], 'any', 2)).toBe(
			'4 of 7 roles ask for Python or SQL: Machine learning engineer, Data scientist and 2 more.'
		);
		const one = matchRoles(seed.roles, ['python', 'sql'], 'all');
		expect(describeHighlight(one, seed.roles, ['Python', 'SQL'], 'all', 1)).toBe(
			'2 of 7 roles ask for Python and SQL: Data scientist and 1 more.'
		);
		expect(describeHighlight(m, seed.roles, [], 'any')).toBe('');
	});
});
