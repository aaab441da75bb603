/**
 * Requirements overview across every role: how many requirements each role lists in each category,
 * as stacked horizontal bars, so the comparison works without choosing anything. Pure and DOM-free.
 */
import { compareText } from '$lib/data/format';
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
	categories: Array<{ id: string; label: string; index: number }>;
	maxTotal: number;
	ticks: number[];
	summary: string;
}

type Counted = {
	role: PageDataset['roles'][number];
	counts: Record<string, number>;
	total: number;
};
// The counts and their order depend only on the data, not on the filter: computed once per dataset.
const countedCache = new WeakMap<object, Counted[]>();

/** Requirements per category for every role, most first (ties by title, so the order is stable). */
function countByCategory(data: Pick<PageDataset, 'roles' | 'skills'>): Counted[] {
	const cached = countedCache.get(data.roles);
	if (cached) return cached;
	const categoryOf = new Map(data.skills.map((s) => [s.id, s.category]));
	const counted = data.roles.map((role) => {
		const counts: Record<string, number> = {};
		for (const r of role.requirements) {
			const c = categoryOf.get(r.skill) ?? '';
			counts[c] = (counts[c] ?? 0) + 1;
		}
		return { role, counts, total: role.requirements.length };
	});
	counted.sort((a, b) => b.total - a.total || compareText(a.role.title, b.role.title));
	countedCache.set(data.roles, counted);
	return counted;
}

export function buildOverviewModel(
	data: Pick<PageDataset, 'roles' | 'skills' | 'categories'>,
	options: { matching: ReadonlySet<string> | null; compared: readonly string[]; limit?: number }
): OverviewModel {
	const limit = options.limit ?? 30;
	const categories = data.categories.map((c, index) => ({ id: c.id, label: c.label, index }));
	const counted = countByCategory(data);
	const drawn = counted.slice(0, limit);
	const segments: OverviewSegment[] = [];
	for (const { role, counts } of drawn) {
		let x = 0;
		for (const c of categories) {
			const n = counts[c.id] ?? 0;
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
	let maxTotal = 1;
	for (const c of counted) maxTotal = Math.max(maxTotal, c.total);
	const step = maxTotal > 20 ? 5 : maxTotal > 8 ? 2 : 1;
	const ticks = Array.from({ length: Math.floor(maxTotal / step) + 1 }, (_, i) => i * step);
	const top = counted[0];
	const toRow = ({ role, total, counts }: Counted) => ({
		id: role.id,
		title: role.title,
		total,
		counts,
		dimmed: options.matching !== null && !options.matching.has(role.id),
		chosen: options.compared.includes(role.id)
	});
	// The drawn rows now; every row (for the table and the CSV) when first asked for.
	let allRows: OverviewRow[] | undefined;
	const rows = drawn.map(toRow);
	const n = (x: number) => x.toLocaleString('en-US');
	return {
		get allRows() {
			return (allRows ??= counted.length > limit ? counted.map(toRow) : rows);
		},
		rows,
		note:
			counted.length > limit
				? `The ${n(limit)} roles with the most requirements, of ${n(counted.length)}.`
				: '',
		segments,
		categories,
		maxTotal,
		ticks,
		summary: top
			? `Number of requirements each role lists, by category. ${top.role.title} lists the most (${top.total}); ` +
				counted
					.slice(1, 12)
					.map((c) => `${c.role.title} ${c.total}`)
					.join(', ') +
				(counted.length > 12 ? `, and ${n(counted.length - 12)} more` : '') +
				'.'
			: 'No roles to show.'
	};
}
