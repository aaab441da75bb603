/**
 * The skill filter's logic: which roles match a set of skills, and how well. Pure, so the scatter, the
 * heatmap, the status line and the CSV export all agree on the same answer.
 */
import { formatCount, formatList } from './format';
import type { CoreRole } from './payload';

export type MatchMode = 'all' | 'any';

export interface RoleMatch {
	id: string;
	/** How many of the chosen skills the role asks for. */
	matched: number;
	/** How many skills were chosen. */
	total: number;
	/** Whether the role passes the filter in the given mode. With no skills chosen, every role does. */
	matches: boolean;
}

/**
 * Matches every role against the chosen skills. "all": a role must ask for every chosen skill;
 * "any": at least one. Returns one entry per role, in the roles' order. Does not mutate its input.
 */
export function matchRoles(
	roles: readonly CoreRole[],
	skills: readonly string[],
	mode: MatchMode
): RoleMatch[] {
	const chosen = new Set(skills);
	const total = chosen.size;
	return roles.map((role) => {
		if (!total) return { id: role.id, matched: 0, total: 0, matches: true };
		// A role lists each skill once (the parser checks), so counting its chosen ones is enough;
		// no per-role set to build or keep, which matters with thousands of roles.
		let matched = 0;
		for (const r of role.requirements) if (chosen.has(r.skill)) matched++;
		const matches = mode === 'all' ? matched === total : matched > 0;
		return { id: role.id, matched, total, matches };
	});
}

/**
 * The filter's status line: "2 of 7 roles match Python and SQL" ("or" in any-of mode), or what to do
 * when nothing is chosen.
 */
export function describeMatch(
	matches: readonly RoleMatch[],
	skillLabels: readonly string[],
	mode: MatchMode
): string {
	const total = matches.length;
	if (!skillLabels.length)
		return `All ${formatCount(total)} roles shown. Tick skills to see which roles ask for them.`;
	const n = matches.filter((m) => m.matches).length;
	const what = formatList([...skillLabels], mode === 'all' ? 'and' : 'or');
	return `${formatCount(n)} of ${formatCount(total)} ${total === 1 ? 'role matches' : 'roles match'} ${what}`;
}

/** How many best fits the filter lists: what a reader wants; with hundreds of roles the rest is in the charts. */
export const RANK_LIMIT = 10;

/**
 * Roles by how many of the chosen skills they ask for, most first (ties keep dataset order), the
 * first `limit` of them. Coverage is a small whole number, so roles are bucketed by it, not sorted.
 */
export function rankByCoverage<T extends RoleMatch>(matches: readonly T[], limit = Infinity): T[] {
	const buckets: T[][] = [];
	for (const m of matches) (buckets[m.matched] ??= []).push(m);
	const ranked: T[] = [];
	for (let k = buckets.length - 1; k >= 0 && ranked.length < limit; k--)
		for (const m of buckets[k] ?? []) {
			if (ranked.length >= limit) break;
			ranked.push(m);
		}
	return ranked;
}
