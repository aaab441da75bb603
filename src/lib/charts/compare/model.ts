/**
 * Comparing 2 to 4 roles: which roles are compared (the reader's choice, or a default pair that says
 * so), their pay and growth on the scales every chart shares, the differences in words, and the
 * overlap of their requirements (shared by all, unique to one). Pure and DOM-free.
 */
import { scaleLinear } from 'd3-scale';
import type { CoreRole, PageDataset } from '$lib/data/payload';
import { roleIndex, sortedOnce } from '$lib/data/derive';
import { compareText, formatList, formatPercent, formatPoints, formatUsd } from '$lib/data/format';
import { STRENGTHS, type StrengthId } from '$lib/data/strength';
import { growthDomain, salaryDomain } from '../scatter/model';

export const MIN_COMPARE = 2;
/** Above this many roles the context strip is a density, not one dot per role. */
const CONTEXT_DOTS = 300;
export const MAX_COMPARE = 4;

export interface ComparisonSelection {
	/** Role ids compared, in order (the first is the reference for differences). */
	ids: string[];
	/** True when some or all of the roles were filled in because fewer than two were chosen. */
	isDefault: boolean;
	/** What to tell the reader about the selection. */
	note: string;
}

// Highest pay first, sorted once per dataset (only the top two are needed, but every change of the
// view asks again).
const highestPaid = (roles: readonly CoreRole[]) =>
	sortedOnce(
		roles,
		'pay, then id',
		(a, b) => b.salary.median - a.salary.median || compareText(a.id, b.id)
	);

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
	if (ids.length >= MIN_COMPARE || roles.length < MIN_COMPARE) {
		return { ids, isDefault: false, note: '' };
	}
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

export interface MetricDot {
	id: string;
	title: string;
	value: number;
	/** Position in percent of the panel's width. */
	px: number;
	colorIndex: number;
	chosen: boolean;
}

export interface MetricPanel {
	key: 'salary' | 'growth';
	title: string;
	domain: [number, number];
	ticks: number[];
	/** Every role, for context (drawn faint), then the chosen ones in selection order. */
	context: MetricDot[];
	/**
	 * With many roles, the context strip is drawn as a density instead: how many roles fall in each
	 * of 60 equal slices of the axis (x in percent). Empty when the dots are few enough to draw.
	 */
	bins: Array<{ x0: number; x1: number; count: number }>;
	chosen: MetricDot[];
}

export interface OverlapRow {
	skillId: string;
	label: string;
	category: string;
	/** Strength per compared role, null where that role does not ask for it. */
	strengths: Array<StrengthId | null>;
	kind: 'shared' | 'unique' | 'some';
	/** For `unique`, the one role asking for it. */
	only?: string;
}

export interface ComparisonModel {
	roles: CoreRole[];
	pay: MetricPanel;
	growth: MetricPanel;
	/** One sentence per role after the first, relative to the first. */
	differences: string[];
	overlap: OverlapRow[];
	shared: string[];
	uniqueTo: Array<{ id: string; title: string; skills: string[] }>;
	summary: string;
}

function panel(
	key: MetricPanel['key'],
	title: string,
	domain: [number, number],
	all: readonly CoreRole[],
	ids: readonly string[],
	colors: Map<string, number>,
	value: (r: CoreRole) => number
): MetricPanel {
	const x = scaleLinear().domain(domain).range([0, 100]);
	const dot = (r: CoreRole): MetricDot => ({
		id: r.id,
		title: r.title,
		value: value(r),
		px: x(value(r)),
		colorIndex: colors.get(r.id) ?? -1,
		chosen: ids.includes(r.id)
	});
	const context = all.map(dot);
	const bins: MetricPanel['bins'] = [];
	if (context.length > CONTEXT_DOTS) {
		const n = 60;
		const counts = new Array<number>(n).fill(0);
		for (const d of context) counts[Math.min(n - 1, Math.max(0, Math.floor((d.px / 100) * n)))]!++;
		counts.forEach((count, i) => {
			if (count) bins.push({ x0: (i / n) * 100, x1: ((i + 1) / n) * 100, count });
		});
	}
	return {
		key,
		title,
		domain,
		ticks: x.ticks(5),
		context: context.length > CONTEXT_DOTS ? [] : context,
		bins,
		chosen: ids.map((id) => dot(all.find((r) => r.id === id)!))
	};
}

/** `Data scientist: $6,000 less than Machine learning engineer ($155,000 vs $161,000); +14 points of growth (34% vs 20%).` */
export function describeDifference(a: CoreRole, b: CoreRole): string {
	const pay = b.salary.median - a.salary.median;
	const paid =
		pay === 0
			? `the same pay as ${a.title} (${formatUsd(b.salary.median)})`
			: `${formatUsd(Math.abs(pay))} ${pay > 0 ? 'more' : 'less'} than ${a.title} (${formatUsd(b.salary.median)} vs ${formatUsd(a.salary.median)})`;
	const g = b.growth.percent - a.growth.percent;
	const grew =
		g === 0
			? `the same projected growth (${formatPercent(b.growth.percent)})`
			: `${formatPoints(g)} of projected growth (${formatPercent(b.growth.percent)} vs ${formatPercent(a.growth.percent)})`;
	return `${b.title}: ${paid}; ${grew}.`;
}

export function buildComparisonModel(
	data: Pick<PageDataset, 'roles' | 'skills' | 'categories' | 'meta'>,
	ids: readonly string[],
	colors: Map<string, number>
): ComparisonModel {
	const roles = ids
		.map((id) => data.roles.find((r) => r.id === id))
		.filter((r): r is CoreRole => !!r);
	const chosenIds = roles.map((r) => r.id);
	const pay = panel(
		'salary',
		`Median total pay (USD, ${data.meta.salaryAsOf})`,
		salaryDomain(data.roles),
		data.roles,
		chosenIds,
		colors,
		(r) => r.salary.median
	);
	const growth = panel(
		'growth',
		`Projected job growth, ${data.meta.growthPeriod}`,
		growthDomain(data.roles),
		data.roles,
		chosenIds,
		colors,
		(r) => r.growth.percent
	);
	const differences = roles.slice(1).map((b) => describeDifference(roles[0]!, b));

	const reqs = roles.map((r) => new Map(r.requirements.map((q) => [q.skill, q.strength])));
	const order = new Map(data.categories.map((c, i) => [c.id, i]));
	const skills = data.skills
		.map((s, i) => ({ s, i }))
		.filter(({ s }) => reqs.some((m) => m.has(s.id)))
		.sort((a, b) => (order.get(a.s.category) ?? 0) - (order.get(b.s.category) ?? 0) || a.i - b.i)
		.map(({ s }) => s);
	const overlap: OverlapRow[] = skills.map((s) => {
		const strengths = reqs.map((m) => m.get(s.id) ?? null);
		const askers = strengths.flatMap((v, i) => (v ? [roles[i]!.id] : []));
		const kind =
			askers.length === roles.length ? 'shared' : askers.length === 1 ? 'unique' : 'some';
		return {
			skillId: s.id,
			label: s.label,
			category: s.category,
			strengths,
			kind,
			...(kind === 'unique' ? { only: askers[0] } : {})
		};
	});
	const label = new Map(data.skills.map((s) => [s.id, s.label]));
	const shared = overlap.filter((o) => o.kind === 'shared').map((o) => o.skillId);
	const uniqueTo = roles.map((r) => ({
		id: r.id,
		title: r.title,
		skills: overlap.filter((o) => o.only === r.id).map((o) => o.skillId)
	}));
	const names = (ids: string[]) => formatList(ids.map((id) => label.get(id) ?? id));
	const summary =
		`Comparing ${formatList(roles.map((r) => r.title))}. ` +
		differences.join(' ') +
		` Shared by all: ${shared.length ? names(shared) : 'nothing'}. ` +
		uniqueTo
			.filter((u) => u.skills.length)
			.map((u) => `Only ${u.title}: ${names(u.skills)}.`)
			.join(' ');
	return { roles, pay, growth, differences, overlap, shared, uniqueTo, summary: summary.trim() };
}

/** What a requirement row says about overlap: "Shared by all", "Only Data scientist" or "Some". */
export function overlapLabel(row: OverlapRow, titles: ReadonlyMap<string, string>): string {
	if (row.kind === 'shared') return 'Shared by all';
	if (row.kind === 'unique') return `Only ${titles.get(row.only ?? '') ?? row.only ?? ''}`;
	return 'Some';
}

/** Strength label for a cell of the overlap matrix. */
export const strengthLabel = (s: StrengthId | null) => (s ? STRENGTHS[s].label : 'Not mentioned');
