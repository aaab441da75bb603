/**
 * Which roles are compared: the reader's choice of 2 to 4, or, with fewer chosen, a default that
 * says so. Pure; the dashboard state and the comparison's chart model both read it.
 */
import type { CoreRole } from './payload';
import { firstInOrder, roleIndex } from './derive';
import { compareIds } from './format';

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

export interface ComparisonSelection {
	/** Role ids compared, in order (the first is the reference for differences). */
	ids: string[];
	/** True when some or all of the roles were filled in because fewer than two were chosen. */
	isDefault: boolean;
	/** What to tell the reader about the selection. */
	note: string;
}

// The highest-paid roles (as many as a default may need: one chosen, and the two best-paid), found
// once per dataset: every change of the view asks again.
const topPaid = new WeakMap<readonly CoreRole[], CoreRole[]>();
const highestPaid = (roles: readonly CoreRole[]) => {
	let top = topPaid.get(roles);
	if (!top)
		topPaid.set(
			roles,
			(top = firstInOrder(
				roles,
				MIN_COMPARE + 1,
				(a, b) => b.salary.median - a.salary.median || compareIds(a.id, b.id)
			))
		);
	return top;
};

/**
 * The roles to compare. Two to four chosen roles are used as they are; with fewer, the highest-paid
 * roles fill the gap and the note says it is a default. Unknown ids are skipped (the URL parser has
 * already reported them).
 */
export function resolveComparison(
	chosen: readonly string[],
	roles: readonly CoreRole[]
): ComparisonSelection {
	const known = roleIndex(roles);
	const ids = [...new Set(chosen)].filter((id) => known.has(id)).slice(0, MAX_COMPARE);
	if (ids.length >= MIN_COMPARE) return { ids, isDefault: false, note: '' };
	if (roles.length < MIN_COMPARE)
		return {
			ids: roles.map((r) => r.id),
			isDefault: true,
			note: `The data has ${roles.length ? 'one role' : 'no role'}: a comparison needs two.`
		};
	const byPay = highestPaid(roles);
	const title = (id: string) => roles.find((r) => r.id === id)!.title;
	const filled = [...ids];
	for (const r of byPay) {
		if (filled.length >= MIN_COMPARE) break;
		if (!filled.includes(r.id)) filled.push(r.id);
	}
	const note = ids.length
		? `Showing ${title(ids[0]!)} with ${title(filled[1]!)}, the highest-paid other role, as a default. Pick another role to compare.`
		: `Showing a default pair, the two highest-paid roles. Pick 2 to 4 roles to compare your own.`;
	return { ids: filled, isDefault: true, note };
}
