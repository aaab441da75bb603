import { describe, expect, it } from 'vitest';
import { DatasetError, formatPath, locate, parseDataset } from '../../src/lib/data/parse';
import { rawJson, rawText } from '../helpers/dataset';

const FILE = 'data/roles.json';

/** A fresh copy of the real dataset with one edit applied. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- edits reach into arbitrary fields on purpose
function edited(edit: (d: any) => void): string {
	const d = rawJson();
	edit(d);
	return JSON.stringify(d, null, '\t');
}

function problemsOf(text: string): string[] {
	try {
		parseDataset(text, FILE);
	} catch (error) {
		expect(error).toBeInstanceOf(DatasetError);
		return (error as DatasetError).problems;
	}
	throw new Error('expected the dataset to be rejected');
}

describe('parseDataset accepts the bundled dataset', () => {
	it('parses seven roles with their ids in order', () => {
		const data = parseDataset(rawText(), FILE);
		expect(data.roles.map((r) => r.id)).toEqual([
			'machine-learning-engineer',
			'data-scientist',
			'ai-engineer',
			'software-engineer',
			'software-developer',
			'business-intelligence-developer',
			'computational-linguist'
		]);
	});
});

describe('parseDataset rejects bad data with a message naming file, record and field', () => {
	const rows: Array<{ name: string; text: string; expected: string | RegExp }> = [
		{
			name: 'salary is a string',
			text: edited((d) => (d.roles[3].salary.median = 'abc')),
			expected:
				'data/roles.json: roles[3] (software-engineer).salary.median: expected a positive number, got "abc"'
		},
		{
			name: 'salary below the sane range (thousands typed as units)',
			text: edited((d) => (d.roles[0].salary.median = 161)),
			expected:
				'data/roles.json: roles[0] (machine-learning-engineer).salary.median: expected a salary of at least 10000 a year, got 161'
		},
		{
			name: 'negative salary',
			text: edited((d) => (d.roles[1].salary.median = -5)),
			expected: /roles\[1\] \(data-scientist\)\.salary\.median: expected a salary of at least/
		},
		{
			name: 'growth out of range',
			text: edited((d) => (d.roles[2].growth.percent = 2000)),
			expected:
				'data/roles.json: roles[2] (ai-engineer).growth.percent: expected a growth of at most 1000%, got 2000'
		},
		{
			name: 'missing title',
			text: edited((d) => delete d.roles[4].title),
			expected: 'data/roles.json: roles[4] (software-developer).title: required field is missing'
		},
		{
			name: 'unknown strength',
			text: edited((d) => (d.roles[0].requirements[0].strength = 'crucial')),
			expected:
				/roles\[0\] \(machine-learning-engineer\)\.requirements\[0\]\.strength: expected one of essential, expected, familiarity, beneficial, got "crucial"/
		},
		{
			name: 'duplicate role id',
			text: edited((d) => (d.roles[6].id = 'data-scientist')),
			expected:
				'data/roles.json: roles[6] (data-scientist).id: duplicate id; roles[1] already uses "data-scientist"'
		},
		{
			name: 'duplicate skill id',
			text: edited((d) => (d.skills[1].id = 'python')),
			expected: /skills\[1\] \(python\)\.id: duplicate id; skills\[0\] already uses "python"/
		},
		{
			name: 'skill id not in the catalogue',
			text: edited((d) => (d.roles[1].requirements[0].skill = 'cobol')),
			expected:
				'data/roles.json: roles[1] (data-scientist).requirements[0].skill: unknown skill "cobol"; add it to "skills" or fix the id'
		},
		{
			name: 'skill in an unknown category',
			text: edited((d) => (d.skills[0].category = 'magic')),
			expected: /skills\[0\] \(python\)\.category: unknown category "magic"/
		},
		{
			name: 'salary source not in sources',
			text: edited((d) => (d.roles[0].salary.source = 99)),
			expected: /roles\[0\] \(machine-learning-engineer\)\.salary\.source: unknown source 99/
		},
		{
			name: 'badly formed id',
			text: edited((d) => (d.roles[0].id = 'ML Engineer')),
			expected: /roles\[0\] \(ML Engineer\)\.id: expected a lowercase slug id/
		},
		{
			name: 'no roles',
			text: edited((d) => (d.roles = [])),
			expected: /roles: expected at least one role, got a list of 0/
		},
		{
			name: 'empty file',
			text: '',
			expected:
				'data/roles.json: the file is empty; expected a JSON object with meta, categories, skills, sources and roles'
		},
		{
			name: 'whitespace-only file',
			text: '  \n\t\n',
			expected: /the file is empty/
		},
		{
			name: 'a JSON array instead of an object',
			text: '[]',
			expected: /expected a JSON object .* got a list of 0/
		},
		{
			name: 'invalid JSON reports line and column',
			text: '{\n\t"meta": {\n\t\t"title": "x",\n\t}\n}',
			expected: /^data\/roles\.json: invalid JSON at line 4, column 2: /
		}
	];

	it.each(rows)('$name', ({ text, expected }) => {
		const problems = problemsOf(text);
		if (typeof expected === 'string') expect(problems).toContain(expected);
		else expect(problems.some((p) => expected.test(p))).toBe(true);
	});

	it('reports every problem at once, not just the first', () => {
		const problems = problemsOf(
			edited((d) => {
				d.roles[0].salary.median = 'abc';
				d.roles[5].growth.percent = null;
			})
		);
		expect(problems).toHaveLength(2);
		expect(problems[1]).toMatch(/roles\[5\] \(business-intelligence-developer\)\.growth\.percent/);
	});

	it('the error message lists every problem', () => {
		expect(() =>
			parseDataset(
				edited((d) => {
					d.roles[0].salary.median = 'abc';
					d.roles[1].salary.median = 'def';
				}),
				FILE
			)
		).toThrow(/2 problems in the dataset:\n {2}data\/roles\.json: roles\[0\]/);
	});
});

describe('helpers', () => {
	it.each([
		{ text: 'abc', offset: 0, expected: { line: 1, column: 1 } },
		{ text: 'ab\ncd', offset: 4, expected: { line: 2, column: 2 } },
		{ text: 'a\n\nb', offset: 3, expected: { line: 3, column: 1 } }
	])('locate($text, $offset)', ({ text, offset, expected }) => {
		expect(locate(text, offset)).toEqual(expected);
	});

	it('formatPath names the record by id', () => {
		const role = { id: 'ai-engineer' };
		expect(
			formatPath([
				{ type: 'object', origin: 'value', input: {}, key: 'roles', value: [] },
				{ type: 'array', origin: 'value', input: [], key: 2, value: role },
				{ type: 'object', origin: 'value', input: role, key: 'growth', value: {} }
			] as never)
		).toBe('roles[2] (ai-engineer).growth');
		expect(formatPath(undefined)).toBe('(top level)');
	});
});
