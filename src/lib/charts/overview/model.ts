/**
 * Requirements overview across every role: how many requirements each role lists in each category,
 * as stacked horizontal bars, so the comparison works without choosing anything. Pure and DOM-free.
 */
import { compareText, formatCount, formatList } from '$lib/data/format';
import { firstInOrder, sortedOnce } from '$lib/data/derive';
import type { RoleSet } from '$lib/data/match';
import type { PageDataset } from '$lib/data/payload';

export interface OverviewSegment {
	roleId: string;
	category: string;
	categoryIndex: number;
	count: number;
	/** Start and end of the segment in requirement counts, for a stacked bar. */
	x0: number;
	x1: number;
}

export interface OverviewRow {
	id: string;
	title: string;
	total: number;
	/** Requirements per category id. */
	counts: Record<string, number>;
	dimmed: boolean;
	chosen: boolean;
}

export interface OverviewModel {
	/** Every role, most requirements first (for the table and CSV). */
	allRows: OverviewRow[];
	/** The bars drawn: the first `limit` of `allRows`. */
	rows: OverviewRow[];
	/** "The 30 roles with the most requirements, of 1,000", or '' when all are drawn. */
	note: string;
	segments: OverviewSegment[];
	/** Every category, in the dataset's order: the table's and the CSV's columns. */
	categories: Array<{ id: string; label: string; index: number }>;
	/**
	 * The categories as the bars draw them, each with its colour index: all of them when the palette
	 * has a colour for each, otherwise the first few and one "Other categories" for the rest (a sixth
	 * colour would no longer be told apart from its neighbours).
	 */
	legend: Array<{ id: string; label: string; index: number; members: string[] }>;
	maxTotal: number;
	ticks: number[];
	summary: string;
}

type Role = PageDataset['roles'][number];

/** Category colours in `app.css` (`--cat-0` …), each checked for contrast with the counts on it. */
export const CATEGORY_COLORS = 5;
const OTHER = 'other-categories';

// Every role, most requirements first (ties by title, so the order is stable): sorted once per
// dataset. Counts by category are worked out for the rows drawn (and all rows only for the table or
// CSV), so thousands of roles cost one array, not an object each.
const moreFirst = (a: Role, b: Role) =>
	b.requirements.length - a.requirements.length || compareText(a.title, b.title);
const byTotal = (roles: readonly Role[]) => sortedOnce(roles, 'requirements', moreFirst);
/** Roles named in the summary, after the first. */
const NAMED = 12;

export function buildOverviewModel(
	data: Pick<PageDataset, 'roles' | 'skills' | 'categories'>,
	options: { matching: RoleSet | null; compared: readonly string[]; limit?: number }
): OverviewModel {
	const limit = options.limit ?? 30;
	const categories = data.categories.map((c, index) => ({ id: c.id, label: c.label, index }));
	const legend =
		categories.length <= CATEGORY_COLORS
			? categories.map((c) => ({ ...c, members: [c.id] }))
			: [
					...categories.slice(0, CATEGORY_COLORS - 1).map((c) => ({ ...c, members: [c.id] })),
					{
						id: OTHER,
						label: `Other categories (${formatList(categories.slice(CATEGORY_COLORS - 1).map((c) => c.label))})`,
						index: CATEGORY_COLORS - 1,
						members: categories.slice(CATEGORY_COLORS - 1).map((c) => c.id)
					}
				];
	const categoryOf = new Map(data.skills.map((s) => [s.id, s.category]));
	const countsOf = (role: Role) => {
		const counts: Record<string, number> = {};
		for (const r of role.requirements) {
			const c = categoryOf.get(r.skill) ?? '';
			counts[c] = (counts[c] ?? 0) + 1;
		}
		return counts;
	};
	// The rows drawn and named without sorting every role; all of them in order when first asked.
	const first = firstInOrder(data.roles, Math.max(limit, NAMED), moreFirst);
	const total = data.roles.length;
	const drawn = first.slice(0, limit).map((role) => ({ role, counts: countsOf(role) }));
	const segments: OverviewSegment[] = [];
	for (const { role, counts } of drawn) {
		let x = 0;
		for (const c of legend) {
			const n = c.members.reduce((sum, id) => sum + (counts[id] ?? 0), 0);
			if (!n) continue;
			segments.push({
				roleId: role.id,
				category: c.id,
				categoryIndex: c.index,
				count: n,
				x0: x,
				x1: x + n
			});
			x += n;
		}
	}
	const maxTotal = Math.max(1, first[0]?.requirements.length ?? 0);
	const step = maxTotal > 20 ? 5 : maxTotal > 8 ? 2 : 1;
	const ticks = Array.from({ length: Math.floor(maxTotal / step) + 1 }, (_, i) => i * step);
	const top = first[0];
	const toRow = (role: Role, counts = countsOf(role)): OverviewRow => ({
		id: role.id,
		title: role.title,
		total: role.requirements.length,
		counts,
		dimmed: options.matching !== null && !options.matching.has(role.id),
		chosen: options.compared.includes(role.id)
	});
	// The drawn rows now; every row (for the table and the CSV) when first asked for.
	let allRows: OverviewRow[] | undefined;
	const rows = drawn.map((d) => toRow(d.role, d.counts));
	return {
		get allRows() {
			return (allRows ??= total > limit ? byTotal(data.roles).map((role) => toRow(role)) : rows);
		},
		rows,
		note:
			total > limit
				? `The ${formatCount(limit)} roles with the most requirements, of ${formatCount(total)}.`
				: '',
		segments,
		categories,
		legend,
		maxTotal,
		ticks,
		summary: top
			? `Number of requirements each role lists, by category. ${top.title} lists the most (${top.requirements.length}); ` +
				first
					.slice(1, NAMED)
					.map((c) => `${c.title} ${c.requirements.length}`)
					.join(', ') +
				(total > NAMED ? `, and ${formatCount(total - NAMED)} more` : '') +
				'.'
			: 'No roles to show.'
	};
}
