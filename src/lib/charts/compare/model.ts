/**
 * Comparing 2 to 4 roles: which roles are compared (the reader's choice, or a default pair that says
 * so), their pay and growth on the scales every chart shares, the differences in words, and the
 * overlap of their requirements (shared by all, unique to one). Pure and DOM-free.
 */
import { scaleLinear } from 'd3-scale';
import type { CoreRole, PageDataset } from '$lib/data/payload';
import type { Skill } from '$lib/data/schema';

import { formatList, formatMoney, formatPercent, formatPoints } from '$lib/data/format';
import { STRENGTHS, type StrengthId } from '$lib/data/strength';
import { lower, measureWords, type Measures } from '$lib/data/words';
import { growthDomain, salaryDomain } from '../scatter/model';

/** Above this many roles the context strip is a density, not one dot per role. */
const CONTEXT_DOTS = 300;

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
	/** The overlap in words: "Shared by all", "Only Data scientist" or "Some". */
	note: string;
}

/** A compared role's pay and growth, with its differences from the first role (null for the first). */
export interface ComparePayRow {
	id: string;
	title: string;
	pay: number;
	payDifference: number | null;
	growth: number;
	growthDifference: number | null;
}

export interface ComparisonModel {
	roles: CoreRole[];
	/** What the dataset calls pay and growth. */
	words: Measures;
	pay: MetricPanel;
	growth: MetricPanel;
	/** The compared roles' figures: the table on the page and the CSV. */
	rows: ComparePayRow[];
	/** One sentence per role after the first, relative to the first. */
	differences: string[];
	overlap: OverlapRow[];
	/** The skills any compared role asks for, by category: the requirement matrix's rows. */
	skills: Skill[];
	/** Skill ids every compared role asks for, and their labels. */
	shared: string[];
	sharedLabels: string[];
	uniqueTo: Array<{ id: string; title: string; skills: string[]; labels: string[] }>;
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
export function describeDifference(
	a: CoreRole,
	b: CoreRole,
	{ growth, currency }: Pick<Measures, 'growth' | 'currency'>
): string {
	const money = (v: number) => formatMoney(v, currency);
	const pay = b.salary.median - a.salary.median;
	const paid =
		pay === 0
			? `the same pay as ${a.title} (${money(b.salary.median)})`
			: `${money(Math.abs(pay))} ${pay > 0 ? 'more' : 'less'} than ${a.title} (${money(b.salary.median)} vs ${money(a.salary.median)})`;
	const g = b.growth.percent - a.growth.percent;
	const grew =
		g === 0
			? `the same ${lower(growth.short)} (${formatPercent(b.growth.percent)})`
			: `${formatPoints(g)} of ${lower(growth.short)} (${formatPercent(b.growth.percent)} vs ${formatPercent(a.growth.percent)})`;
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
	const words = measureWords(data.meta);
	const pay = panel(
		'salary',
		words.payAxis,
		salaryDomain(data.roles),
		data.roles,
		chosenIds,
		colors,
		(r) => r.salary.median
	);
	const growth = panel(
		'growth',
		words.growthAxis,
		growthDomain(data.roles),
		data.roles,
		chosenIds,
		colors,
		(r) => r.growth.percent
	);
	const differences = roles.slice(1).map((b) => describeDifference(roles[0]!, b, words));

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
		const only = kind === 'unique' ? askers[0] : undefined;
		return {
			skillId: s.id,
			label: s.label,
			category: s.category,
			strengths,
			kind,
			...(only ? { only } : {}),
			note:
				kind === 'shared'
					? 'Shared by all'
					: only
						? `Only ${roles.find((r) => r.id === only)!.title}`
						: 'Some'
		};
	});
	const label = new Map(data.skills.map((s) => [s.id, s.label]));
	const shared = overlap.filter((o) => o.kind === 'shared').map((o) => o.skillId);
	const labels = (ids: string[]) => ids.map((id) => label.get(id) ?? id);
	const uniqueTo = roles.map((r) => {
		const skills = overlap.filter((o) => o.only === r.id).map((o) => o.skillId);
		return { id: r.id, title: r.title, skills, labels: labels(skills) };
	});
	const names = (ids: string[]) => formatList(labels(ids));
	const ref = roles[0];
	const rows = roles.map((r, i) => ({
		id: r.id,
		title: r.title,
		pay: r.salary.median,
		payDifference: i && ref ? r.salary.median - ref.salary.median : null,
		growth: r.growth.percent,
		growthDifference: i && ref ? r.growth.percent - ref.growth.percent : null
	}));
	const summary =
		`Comparing ${formatList(roles.map((r) => r.title))}. ` +
		differences.join(' ') +
		` Shared by all: ${shared.length ? names(shared) : 'nothing'}. ` +
		uniqueTo
			.filter((u) => u.skills.length)
			.map((u) => `Only ${u.title}: ${names(u.skills)}.`)
			.join(' ');
	return {
		roles,
		words,
		pay,
		growth,
		rows,
		differences,
		overlap,
		skills,
		shared,
		sharedLabels: labels(shared),
		uniqueTo,
		summary: summary.trim()
	};
}

/** Strength label for a cell of the overlap matrix. */
export const strengthLabel = (s: StrengthId | null) => (s ? STRENGTHS[s].label : 'Not mentioned');
