/**
 * The bundled dataset against its source: every figure and every quote must be found, word for word,
 * in the article text kept in data/source/. If someone edits a number in roles.json, this fails.
 */
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/lib/data/format';
import { loadSeedDataset, seedText } from '../helpers/dataset';

const data = loadSeedDataset();
const seed = seedText();

describe('the seven roles carry the seed’s figures', () => {
	const rows = [
		{
			id: 'machine-learning-engineer',
			salary: 161000,
			growth: 20,
			salarySource: 1,
			growthSource: 2
		},
		{ id: 'data-scientist', salary: 155000, growth: 34, salarySource: 3, growthSource: 4 },
		{ id: 'ai-engineer', salary: 142000, growth: 20, salarySource: 5, growthSource: 2 },
		{ id: 'software-engineer', salary: 149000, growth: 7, salarySource: 6, growthSource: 7 },
		{ id: 'software-developer', salary: 122000, growth: 15, salarySource: 8, growthSource: 9 },
		{
			id: 'business-intelligence-developer',
			salary: 132000,
			growth: 15,
			salarySource: 10,
			growthSource: 9
		},
		{ id: 'computational-linguist', salary: 131000, growth: 20, salarySource: 11, growthSource: 2 }
	];
	it.each(rows)('$id', ({ id, salary, growth, salarySource, growthSource }) => {
		const role = data.roles.find((r) => r.id === id)!;
		expect(role.salary.median).toBe(salary);
		expect(role.growth.percent).toBe(growth);
		expect(role.salary.source).toBe(salarySource);
		expect(role.growth.source).toBe(growthSource);
	});
});

describe('every figure and quote traces back to the source text', () => {
	it.each(data.roles.map((r) => [r.id, r] as const))('%s', (_id, role) => {
		expect(seed).toContain(role.salary.quote);
		expect(role.salary.quote).toContain(
			`${formatMoney(role.salary.median)} [${role.salary.source}`
		);
		expect(seed).toContain(role.growth.quote);
		expect(role.growth.quote).toContain(`${role.growth.percent} percent [${role.growth.source}]`);
		expect(seed).toContain(role.responsibilities);
		if (role.requirementsText) expect(seed).toContain(role.requirementsText);
		for (const req of role.requirements) {
			expect(seed, `${role.id} ${req.skill}`).toContain(req.quote);
			// The quote sits in this role's own requirements paragraph, not another role's.
			expect(role.requirementsText, `${role.id} ${req.skill}`).toContain(req.quote);
		}
	});

	it('the title of each role is a heading in the source', () => {
		for (const role of data.roles) expect(seed).toMatch(new RegExp(`^${role.title}\\s*$`, 'm'));
	});

	it('each requirement names its skill in the quote (or its category word)', () => {
		const skills = new Map(data.skills.map((s) => [s.id, s]));
		const words: Record<string, string> = {
			'bachelors-degree': 'bachelor',
			programming: 'program',
			'working-with-data': 'data',
			'linux-unix': 'Linux/Unix'
		};
		for (const role of data.roles) {
			for (const req of role.requirements) {
				const skill = skills.get(req.skill)!;
				const word = words[skill.id] ?? skill.label.replace(/^Degree: /, '').replace('Apache ', '');
				expect(req.quote.toLowerCase(), `${role.id} ${skill.id}`).toContain(word.toLowerCase());
			}
		}
	});

	it('strengths follow the rubric’s cue words', () => {
		for (const role of data.roles) {
			for (const req of role.requirements) {
				const q = req.quote.toLowerCase();
				if (req.strength === 'essential') expect(q).toMatch(/must|necessary|essential/);
				if (req.strength === 'familiarity') expect(q).toContain('familiarity');
				if (req.strength === 'beneficial') expect(q).toContain('beneficial');
			}
		}
	});

	it('context paragraphs are quoted from the source', () => {
		for (const c of data.context!.mlCategories) expect(seed).toContain(c.text);
		expect(seed).toContain(data.context!.roadmap);
		expect(seed).toContain(data.meta.salaryDefinition);
	});
});
