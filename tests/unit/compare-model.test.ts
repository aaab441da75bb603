import { describe, expect, it } from 'vitest';
import { buildRoleColors } from '../../src/lib/charts/colors';
import { buildComparisonModel, describeDifference } from '../../src/lib/charts/compare/model';
import { resolveComparison } from '../../src/lib/data/comparison';
import { buildScatterModel } from '../../src/lib/charts/scatter/model';
import { measureWords } from '../../src/lib/data/words';
import { loadSeedDataset } from '../helpers/dataset';

const data = loadSeedDataset();
const colors = buildRoleColors(data.roles.map((r) => r.id));
const words = measureWords(data.meta);
const role = (id: string) => data.roles.find((r) => r.id === id)!;

describe('resolveComparison', () => {
	it.each([
		{ chosen: [], ids: ['machine-learning-engineer', 'data-scientist'], isDefault: true },
		{ chosen: ['ai-engineer'], ids: ['ai-engineer', 'machine-learning-engineer'], isDefault: true },
		{
			chosen: ['machine-learning-engineer'],
			ids: ['machine-learning-engineer', 'data-scientist'],
			isDefault: true
		},
		{
			chosen: ['ai-engineer', 'software-developer'],
			ids: ['ai-engineer', 'software-developer'],
			isDefault: false
		},
		{
			chosen: ['ai-engineer', 'nope', 'ai-engineer'],
			ids: ['ai-engineer', 'machine-learning-engineer'],
			isDefault: true
		},
		{
			chosen: [
				'a',
				'data-scientist',
				'ai-engineer',
				'software-engineer',
				'software-developer',
				'computational-linguist'
			],
			ids: ['data-scientist', 'ai-engineer', 'software-engineer', 'software-developer'],
			isDefault: false
		}
	])('$chosen → $ids', ({ chosen, ids, isDefault }) => {
		const s = resolveComparison(chosen, data.roles);
		expect(s.ids).toEqual(ids);
		expect(s.isDefault).toBe(isDefault);
		if (isDefault) expect(s.note).toMatch(/default/);
	});

	it('with fewer than two roles in the data, says a comparison needs two', () => {
		const one = resolveComparison([], data.roles.slice(0, 1));
		expect(one).toEqual({
			ids: ['machine-learning-engineer'],
			isDefault: true,
			note: 'The data has one role: a comparison needs two.'
		});
	});

	it('does not mutate its input', () => {
		const chosen = ['ai-engineer'];
		resolveComparison(chosen, data.roles);
		expect(chosen).toEqual(['ai-engineer']);
	});
});

describe('differences in words', () => {
	it.each([
		{
			a: 'machine-learning-engineer',
			b: 'data-scientist',
			expected:
				'Data scientist: $6,000 less than Machine learning engineer ($155,000 vs $161,000); +14 points of projected growth (34% vs 20%).'
		},
		{
			a: 'software-developer',
			b: 'software-engineer',
			expected:
				'Software engineer: $27,000 more than Software developer ($149,000 vs $122,000); −8 points of projected growth (7% vs 15%).'
		},
		{
			a: 'machine-learning-engineer',
			b: 'ai-engineer',
			expected:
				'AI engineer: $19,000 less than Machine learning engineer ($142,000 vs $161,000); the same projected growth (20%).'
		}
	])('$b vs $a', ({ a, b, expected }) => {
		expect(describeDifference(role(a), role(b), words)).toBe(expected);
	});
});

describe('buildComparisonModel', () => {
	const m = buildComparisonModel(data, ['machine-learning-engineer', 'data-scientist'], colors);

	it('finds what is shared by all and what is unique to one', () => {
		expect(m.shared).toEqual(['python']);
		expect(m.uniqueTo).toEqual([
			{
				id: 'machine-learning-engineer',
				title: 'Machine learning engineer',
				skills: ['cpp', 'java', 'statistics', 'mathematics', 'programming'],
				labels: ['C++', 'Java', 'Statistics', 'Mathematics', 'Computer programming']
			},
			{
				id: 'data-scientist',
				title: 'Data scientist',
				skills: [
					'r',
					'sql',
					'spark',
					'kafka',
					'hadoop',
					'working-with-data',
					'bachelors-degree',
					'degree-computer-science',
					'degree-data-science',
					'degree-statistics',
					'degree-mathematics'
				],
				labels: [
					'R',
					'SQL',
					'Apache Spark',
					'Kafka',
					'Hadoop',
					'Working with different types of data',
					'Bachelor’s degree',
					'Degree: computer science',
					'Degree: data science',
					'Degree: statistics',
					'Degree: mathematics'
				]
			}
		]);
		const python = m.overlap.find((o) => o.skillId === 'python')!;
		expect(python).toMatchObject({ kind: 'shared', strengths: ['essential', 'essential'] });
	});

	it('with three roles, a skill two of them share is neither shared nor unique', () => {
		const three = buildComparisonModel(
			data,
			['machine-learning-engineer', 'ai-engineer', 'software-engineer'],
			colors
		);
		expect(three.shared).toEqual(['python', 'cpp', 'java']);
		expect(three.overlap.find((o) => o.skillId === 'mathematics')!.kind).toBe('some');
		expect(three.overlap.find((o) => o.skillId === 'sql')).toMatchObject({
			kind: 'unique',
			only: 'software-engineer',
			strengths: [null, null, 'familiarity']
		});
	});

	it('puts pay and growth on the scatter’s scales', () => {
		const scatter = buildScatterModel(data.roles, { width: 500, height: 300, colors, words });
		expect(m.pay.domain).toEqual(scatter.yDomain);
		expect(m.growth.domain).toEqual(scatter.xDomain);
		expect(m.pay.chosen.map((d) => [d.id, d.value])).toEqual([
			['machine-learning-engineer', 161000],
			['data-scientist', 155000]
		]);
		expect(m.growth.chosen[1]!.px).toBeCloseTo(85, 6);
		expect(m.pay.context).toHaveLength(7);
	});

	it('summarises in words', () => {
		expect(m.summary).toContain('Comparing Machine learning engineer and Data scientist.');
		expect(m.summary).toContain('Shared by all: Python.');
	});
});

describe('with many roles', () => {
	it('draws the context strip as a density of every role', async () => {
		const { generateDataset } = await import('../bench/generate.mjs');
		const big = generateDataset(1000, 7, JSON.parse(JSON.stringify(data)));
		const m = buildComparisonModel(big, [big.roles[0].id, big.roles[1].id], new Map());
		expect(m.pay.context).toEqual([]);
		expect(m.pay.bins.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(1000);
		expect(
			m.pay.bins.every((b: { x0: number; x1: number }) => b.x0 >= 0 && b.x1 <= 100 + 1e-9)
		).toBe(true);
		expect(m.pay.chosen.map((d) => d.id)).toEqual([big.roles[0].id, big.roles[1].id]);
	});
});
