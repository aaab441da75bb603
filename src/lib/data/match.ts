/**
 * The skill filter's logic: which roles match a set of skills, and how well. Pure, so the scatter, the
 * heatmap, the status line and the CSV export all agree on the same answer.
 */
import { allRoles, formatCount, formatList } from './format';
import { roleIds, roleIndex } from './derive';
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

/** What the charts ask of the filter: is a role shown, and how many are. A `Set` of ids serves too. */
export interface RoleSet {
	has(id: string): boolean;
	readonly size: number;
}

/**
 * The filter's result for every role, in the roles' order. Held in typed arrays, not an object per
 * role: a filter change at 10,000 roles used to allocate about a megabyte of little objects, maps
 * and sets (at 100,000, five), and the collections that followed landed in the next clicks. A
 * role's `RoleMatch` is made when asked for (`at`, `get`, iteration).
 */
export class RoleMatches implements Iterable<RoleMatch> {
	/** How many roles there are (all of them, matching or not). */
	readonly length: number;
	/** How many skills were chosen (each counted once). */
	readonly total: number;
	/** How many roles pass the filter (all of them when nothing is chosen). */
	readonly count: number;
	/** The roles that pass; null when nothing is chosen (nothing is dimmed). */
	readonly shown: RoleSet | null;
	readonly #ids: readonly string[];
	readonly #index: ReadonlyMap<string, number>;
	readonly #matched: Uint16Array;
	readonly #passes: Uint8Array;
	#levels: Int32Array | null = null;

	constructor(
		ids: readonly string[],
		index: ReadonlyMap<string, number>,
		total: number,
		matched: Uint16Array,
		passes: Uint8Array,
		count: number
	) {
		this.#ids = ids;
		this.#index = index;
		this.#matched = matched;
		this.#passes = passes;
		this.length = ids.length;
		this.total = total;
		this.count = count;
		this.shown = total ? { has: (id) => this.passes(id), size: count } : null;
	}

	/** How many of the chosen skills the role at index `i` asks for. */
	matchedAt(i: number): number {
		return this.#matched[i] ?? 0;
	}

	/** How many roles ask for exactly `k` of the chosen skills. */
	countMatched(k: number): number {
		if (!this.#levels) {
			// Counted once for every level: the ranking and its note on ties both ask.
			this.#levels = new Int32Array(this.total + 1);
			for (let i = 0; i < this.length; i++) this.#levels[this.#matched[i]!]!++;
		}
		return this.#levels[k] ?? 0;
	}

	/** Whether the role with this id passes the filter (false for an unknown id). */
	passes(id: string): boolean {
		const i = this.#index.get(id);
		return i !== undefined && this.#passes[i] === 1;
	}

	at(i: number): RoleMatch | undefined {
		const id = this.#ids[i];
		if (id === undefined) return undefined;
		return { id, matched: this.#matched[i]!, total: this.total, matches: this.#passes[i] === 1 };
	}

	get(id: string): RoleMatch | undefined {
		const i = this.#index.get(id);
		return i === undefined ? undefined : this.at(i);
	}

	*[Symbol.iterator](): Iterator<RoleMatch> {
		for (let i = 0; i < this.length; i++) yield this.at(i)!;
	}
}

/**
 * Matches every role against the chosen skills. "all": a role must ask for every chosen skill;
 * "any": at least one. One result per role, in the roles' order. Does not mutate its input.
 */
export function matchRoles(
	roles: readonly CoreRole[],
	skills: readonly string[],
	mode: MatchMode
): RoleMatches {
	const chosen = new Set(skills);
	const total = chosen.size;
	const n = roles.length;
	const matched = new Uint16Array(n);
	const passes = new Uint8Array(n);
	let count = 0;
	for (let i = 0; i < n; i++) {
		let k = 0;
		// A role lists each skill once (the parser checks), so counting its chosen ones is enough;
		// no per-role set to build or keep.
		if (total) for (const r of roles[i]!.requirements) if (chosen.has(r.skill)) k++;
		matched[i] = k;
		const pass = !total || (mode === 'all' ? k === total : k > 0);
		if (pass) {
			passes[i] = 1;
			count++;
		}
	}
	return new RoleMatches(roleIds(roles), roleIndex(roles), total, matched, passes, count);
}

/** The chosen skills in words: "Python and SQL" (all of them) or "Python or SQL" (any). */
export function skillList(labels: readonly string[], mode: MatchMode): string {
	return formatList([...labels], mode === 'all' ? 'and' : 'or');
}

/**
 * The filter's status line: "2 of 7 roles match Python and SQL" ("or" in any-of mode), or what to do
 * when nothing is chosen.
 */
export function describeMatch(
	matches: RoleMatches,
	skillLabels: readonly string[],
	mode: MatchMode
): string {
	const total = matches.length;
	if (!skillLabels.length)
		return `${allRoles(total)} shown. Tick skills to see which roles ask for them.`;
	const what = skillList(skillLabels, mode);
	return `${formatCount(matches.count)} of ${formatCount(total)} ${total === 1 ? 'role matches' : 'roles match'} ${what}`;
}

/**
 * The filter in one line, for its compact bar, in three parts: what is ticked, how it is matched and
 * how many roles that leaves: ["Python, SQL", "all of", "2 of 7 roles"] (shown joined by " · ").
 * With nothing ticked: ["No skills ticked", "7 roles"].
 */
export function summariseFilter(
	matches: RoleMatches,
	skillLabels: readonly string[],
	mode: MatchMode
): string[] {
	const total = matches.length;
	const roles = `${formatCount(total)} ${total === 1 ? 'role' : 'roles'}`;
	if (!skillLabels.length) return ['No skills ticked', roles];
	return [skillLabels.join(', '), `${mode} of`, `${formatCount(matches.count)} of ${roles}`];
}

/**
 * What a filter highlights, for a chart's description (the text its `aria-describedby` points to):
 * "2 of 7 roles ask for Python and SQL: Data scientist and Software engineer." The first `limit`
 * roles are named, in dataset order; '' with no filter.
 */
export function describeHighlight(
	matches: RoleMatches,
	roles: ReadonlyArray<{ title: string }>,
	skillLabels: readonly string[],
	mode: MatchMode,
	limit = 5
): string {
	if (!skillLabels.length) return '';
	const what = skillList(skillLabels, mode);
	const { count, length: total } = matches;
	if (!count) return `None of the ${formatCount(total)} roles ask for ${what}.`;
	const names: string[] = [];
	for (let i = 0; i < total && names.length < limit; i++)
		if (matches.at(i)?.matches) names.push(roles[i]!.title);
	const more = count > names.length ? [`${formatCount(count - names.length)} more`] : [];
	return `${formatCount(count)} of ${formatCount(total)} ${count === 1 ? 'role asks' : 'roles ask'} for ${what}: ${formatList([...names, ...more])}.`;
}

/** How many best fits the filter lists: what a reader wants; with hundreds of roles the rest is in the charts. */
export const RANK_LIMIT = 10;

/**
 * Roles by how many of the chosen skills they ask for, most first (ties keep dataset order), the
 * first `limit` of them. Coverage is a small whole number: the roles are counted by it first, so
 * only the ones that make the cut are gathered, in one pass.
 */
export function rankByCoverage(matches: RoleMatches, limit = Infinity): RoleMatch[] {
	const n = matches.length;
	const want = Math.min(limit, n);
	if (want <= 0) return [];
	// The lowest coverage that still makes the cut, and how many roles at it do.
	let cut = matches.total;
	let above = 0;
	while (cut > 0 && above + matches.countMatched(cut) < want) above += matches.countMatched(cut--);
	const room = new Int32Array(matches.total + 1);
	room[cut] = want - above;
	for (let k = cut + 1; k <= matches.total; k++) room[k] = matches.countMatched(k);
	const levels: number[][] = Array.from({ length: matches.total + 1 }, () => []);
	for (let i = 0, left = want; i < n && left > 0; i++) {
		const k = matches.matchedAt(i);
		if (room[k]! > 0) {
			room[k]!--;
			levels[k]!.push(i);
			left--;
		}
	}
	const ranked: RoleMatch[] = [];
	for (let k = matches.total; k >= cut; k--)
		for (const i of levels[k]!) ranked.push(matches.at(i)!);
	return ranked;
}
