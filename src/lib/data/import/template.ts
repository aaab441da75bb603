/**
 * A dataset as a spreadsheet in exactly the shape the importer reads: one row per role, its title,
 * pay and growth, what it involves, and one column per skill headed `Category: Skill` holding the
 * strength in words. "Download the data as CSV" writes it, so a spreadsheet → app → spreadsheet
 * round trip keeps every role, figure, skill, category and strength, and the pay's and the
 * growth's dates (`Median total pay, April 2026 (USD)`).
 */
import { toCsv } from '$lib/export/csv';
import type { Dataset } from '../schema';
import { STRENGTHS } from '../strength';
import { measureWords } from '../words';
import { headerDate } from './build';

/** `, when` after a measure's name where the importer reads it back so (`headerDate`), else nothing. */
function dated(name: string, when: string): string {
	const read = headerDate(`${name}, ${when}`);
	return read.name === name && read.when === when ? `, ${when}` : '';
}

export function datasetToCsv(
	data: Pick<Dataset, 'meta' | 'categories' | 'skills' | 'roles'>
): string {
	const words = measureWords(data.meta);
	const category = new Map(data.categories.map((c) => [c.id, c.label]));
	const order = new Map(data.categories.map((c, i) => [c.id, i]));
	const skills = [...data.skills].sort(
		(a, b) => (order.get(a.category) ?? 0) - (order.get(b.category) ?? 0)
	);
	return toCsv({
		header: [
			'Role',
			`${words.pay.name}${dated(words.pay.name, data.meta.salaryAsOf)} (${words.currency})`,
			`${words.growth.name}${dated(words.growth.name, data.meta.growthPeriod)} (%)`,
			'Responsibilities',
			...skills.map((s) => `${category.get(s.category) ?? s.category}: ${s.label}`)
		],
		rows: data.roles.map((r) => {
			const asks = new Map(r.requirements.map((q) => [q.skill, q.strength]));
			return [
				r.title,
				r.salary.median,
				r.growth.percent,
				r.responsibilities ?? '',
				...skills.map((s) => {
					const strength = asks.get(s.id);
					return strength ? STRENGTHS[strength].label.toLowerCase() : '';
				})
			];
		})
	});
}
