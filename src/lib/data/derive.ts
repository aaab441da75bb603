/**
 * Derivations from a validated dataset that several charts share. They are computed once, on the
 * unfiltered data, so that a role keeps its colour and its place whatever filter is active.
 */
import type { CoreRequirement, CoreRole, PageDataset } from './payload';
import type { Skill } from './schema';
import { STRENGTHS } from './strength';
import { compareText } from './format';

/** A skill with its category and how many roles in the dataset ask for it. */
export interface CatalogueSkill extends Skill {
	roleCount: number;
}

export interface CatalogueCategory {
	id: string;
	label: string;
	skills: CatalogueSkill[];
}

// How many roles ask for each skill: fixed for a roles array, so counted once (the filter's chips
// and the heatmap's columns both show it).
const countCache = new WeakMap<readonly CoreRole[], Map<string, number>>();

/** skill id → how many of `roles` ask for it; computed once per roles array. */
export function skillRoleCounts(roles: readonly CoreRole[]): Map<string, number> {
	let counts = countCache.get(roles);
	if (!counts) {
		counts = new Map();
		for (const role of roles)
			for (const r of role.requirements) counts.set(r.skill, (counts.get(r.skill) ?? 0) + 1);
		countCache.set(roles, counts);
	}
	return counts;
}

/**
 * The skill catalogue grouped by category, in the dataset's order, with the number of roles asking
 * for each skill. Categories with no skill are left out.
 */
export function buildSkillCatalogue(
	data: Pick<PageDataset, 'categories' | 'skills' | 'roles'>
): CatalogueCategory[] {
	const counts = skillRoleCounts(data.roles);
	return data.categories
		.map((c) => ({
			id: c.id,
			label: c.label,
			skills: data.skills
				.filter((s) => s.category === c.id)
				.map((s) => ({ ...s, roleCount: counts.get(s.id) ?? 0 }))
		}))
		.filter((c) => c.skills.length > 0);
}

/** role id → skill id → the requirement, for constant-time cell look-ups. */
export type SkillMatrix = Map<string, Map<string, CoreRequirement>>;

/** The role × skill matrix. Absent entries mean the source does not tie that skill to that role. */
export function deriveSkillMatrix(roles: readonly CoreRole[]): SkillMatrix {
	const matrix: SkillMatrix = new Map();
	for (const role of roles) {
		matrix.set(role.id, new Map(role.requirements.map((r) => [r.skill, r])));
	}
	return matrix;
}

/** Sum of strength ranks: a role asking for more, and more strongly, scores higher. */
export function requirementWeight(role: CoreRole): number {
	return role.requirements.reduce((sum, r) => sum + STRENGTHS[r.strength].rank, 0);
}

// Each role's position in its dataset, kept per roles array (one map however many readers).
const indexCache = new WeakMap<readonly CoreRole[], Map<string, number>>();

/** role id → its index in `roles`; computed once per roles array. */
export function roleIndex(roles: readonly CoreRole[]): Map<string, number> {
	let index = indexCache.get(roles);
	if (!index) indexCache.set(roles, (index = new Map(roles.map((r, i) => [r.id, i]))));
	return index;
}

const idsCache = new WeakMap<readonly CoreRole[], string[]>();

/** The roles' ids in their order; computed once per roles array. */
export function roleIds(roles: readonly CoreRole[]): string[] {
	let ids = idsCache.get(roles);
	if (!ids) idsCache.set(roles, (ids = roles.map((r) => r.id)));
	return ids;
}

// Sorted copies of a roles array, by name, kept per array: orders that do not depend on the filter
// are worked out once, however often a view asks.
const sortCache = new WeakMap<readonly CoreRole[], Map<string, CoreRole[]>>();

/** `roles` sorted by `compare`, computed once per roles array and `name` (names one order). */
export function sortedOnce<R extends CoreRole>(
	roles: readonly R[],
	name: string,
	compare: (a: R, b: R) => number
): R[] {
	let byName = sortCache.get(roles);
	if (!byName) sortCache.set(roles, (byName = new Map()));
	let sorted = byName.get(name) as R[] | undefined;
	if (!sorted) byName.set(name, (sorted = [...roles].sort(compare)));
	return sorted;
}

/**
 * The first `k` items in `compare` order, as a stable sort would give them, without sorting them
 * all: one pass that keeps the best `k` (a chart that draws the top 30 of 100,000 roles needs only
 * those; the whole order waits for a table or a CSV).
 */
export function firstInOrder<T>(
	items: readonly T[],
	k: number,
	compare: (a: T, b: T) => number
): T[] {
	const top: T[] = [];
	if (k <= 0) return top;
	for (const item of items) {
		if (top.length === k && compare(item, top[k - 1]!) >= 0) continue;
		// After any equal ones already kept: earlier items stay first, as in a stable sort.
		let lo = 0;
		let hi = top.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (compare(item, top[mid]!) < 0) hi = mid;
			else lo = mid + 1;
		}
		top.splice(lo, 0, item);
		if (top.length > k) top.pop();
	}
	return top;
}

/**
 * The scatter's rows for its table and its CSV: the roles passing the filter (all of them with no
 * filter), highest pay first, then by title. The order is worked out once per roles array; a
 * filter change only picks from it.
 */
export function scatterRows<R extends CoreRole>(
	roles: readonly R[],
	matches: { passes(id: string): boolean } | null
): R[] {
	const byPay = sortedOnce(
		roles,
		'scatter:pay',
		(a, b) => b.salary.median - a.salary.median || compareText(a.title, b.title)
	);
	return matches ? byPay.filter((r) => matches.passes(r.id)) : byPay;
}
