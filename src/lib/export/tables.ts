/**
 * The rows behind each chart, as CSV tables: what the chart shows under the active filter (only the
 * matching roles), in plain numbers. The same rows the on-page data tables show.
 */
import type { ComparisonModel } from '$lib/charts/compare/model';
import { heatmapRows, type HeatmapModel } from '$lib/charts/heatmap/model';
import type { OverviewModel } from '$lib/charts/overview/model';
import type { RoleMatches } from '$lib/data/match';
import type { CoreRole } from '$lib/data/payload';
import type { Source } from '$lib/data/schema';
import { lower, type Measures } from '$lib/data/words';
import { scatterRows } from '$lib/data/derive';
import { STRENGTHS } from '$lib/data/strength';
import type { CsvTable } from './csv';

const cite = (sources: Map<number, Source>, id: number) => {
	const s = sources.get(id);
	return s ? `[${id}] ${s.publisher}` : `[${id}]`;
};

/** Scatter rows: matching roles (all with no filter), highest pay first. */
export function scatterTable(
	roles: readonly CoreRole[],
	matches: RoleMatches | null,
	sources: Map<number, Source>,
	words: Measures
): CsvTable {
	const shown = scatterRows(roles, matches);
	const header = [
		'role_id',
		'role',
		`${words.pay.column}_${words.currency.toLowerCase()}`,
		`${words.growth.column}_percent`,
		'growth_period'
	];
	if (matches) header.push('chosen_skills_asked_for', 'chosen_skills');
	header.push('pay_source', 'growth_source');
	return {
		header,
		rows: shown.map((r) => {
			const m = matches?.get(r.id);
			return [
				r.id,
				r.title,
				r.salary.median,
				r.growth.percent,
				words.growthPeriod,
				...(m ? [m.matched, m.total] : []),
				cite(sources, r.salary.source),
				cite(sources, r.growth.source)
			];
		})
	};
}

/** The heatmap's rows (see `heatmapRows`) as CSV: strength in words, the filter's skills marked. */
export function heatmapTable(
	model: HeatmapModel,
	roles: readonly CoreRole[],
	quoteOf: (roleId: string, skillId: string) => string | undefined
): CsvTable {
	return {
		header: [
			'role_id',
			'role',
			'skill_id',
			'skill',
			'category',
			'strength',
			'chosen_in_filter',
			'quote'
		],
		rows: heatmapRows(model, roles, quoteOf).map((r) => [
			r.roleId,
			r.role,
			r.skillId,
			r.skill,
			r.category,
			STRENGTHS[r.strength].label.toLowerCase(),
			r.chosen ? 'yes' : 'no',
			r.quote ?? ''
		])
	};
}

/** Compared roles' pay and growth, with differences from the first. */
export function comparePayTable(model: ComparisonModel): CsvTable {
	const { pay, growth } = model.words;
	return {
		header: [
			'role_id',
			'role',
			`${pay.column}_${model.words.currency.toLowerCase()}`,
			`pay_difference_${model.words.currency.toLowerCase()}`,
			`${growth.column}_percent`,
			'growth_difference_points'
		],
		rows: model.rows.map((r) => [
			r.id,
			r.title,
			r.pay,
			// The reference role differs from itself by nothing.
			r.payDifference ?? 0,
			r.growth,
			r.growthDifference ?? 0
		])
	};
}

/** The overlap matrix: one row per requirement, a strength column per compared role. */
export function compareRequirementsTable(model: ComparisonModel): CsvTable {
	return {
		header: ['skill_id', 'skill', 'category', ...model.roles.map((r) => r.title), 'overlap'],
		rows: model.overlap.map((o) => [
			o.skillId,
			o.label,
			o.category,
			...o.strengths.map((s) => (s ? STRENGTHS[s].label.toLowerCase() : '')),
			// The CSV writes the label in lower case: "shared by all", "only Data scientist", "some".
			lower(o.note)
		])
	};
}

/** Requirements by category per role (matching roles only under a filter). */
export function overviewTable(model: OverviewModel): CsvTable {
	return {
		header: ['role_id', 'role', ...model.categories.map((c) => c.id), 'total'],
		rows: model.allRows
			.filter((r) => !r.dimmed)
			.map((r) => [r.id, r.title, ...model.categories.map((c) => r.counts[c.id] ?? 0), r.total])
	};
}
