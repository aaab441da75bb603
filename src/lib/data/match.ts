/**
 * The skill filter's logic: which roles match a set of skills, and how well. Pure, so the scatter, the
 * heatmap, the status line and the CSV export all agree on the same answer.
 */
import type { Role } from './schema';

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
	roles: readonly Role[],
	skills: readonly string[],
	mode: MatchMode
): RoleMatch[] {
	const chosen = [...new Set(skills)];
	return roles.map((role) => {
		if (!chosen.length) return { id: role.id, matched: 0, total: 0, matches: true };
		const asked = new Set(role.requirements.map((r) => r.skill));
		const matched = chosen.reduce((n, s) => n + (asked.has(s) ? 1 : 0), 0);
		const matches = mode === 'all' ? matched === chosen.length : matched > 0;
		return { id: role.id, matched, total: chosen.length, matches };
	});
}
