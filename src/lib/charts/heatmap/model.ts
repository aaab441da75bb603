/**
 * The skill heatmap as data: rows (roles, in the chosen order), columns (skills grouped by category,
 * with a gap between groups), one cell per role × skill with its strength and supporting quote, and
 * the band domains LayerCake needs. Two orientations share this model: `wide` (roles down, skills
 * across) for desktops and `tall` (skills down, roles across) for phones. Pure and DOM-free.
 */
import type { CoreRole, PageDataset } from '$lib/data/payload';
import type { RoleMatches } from '$lib/data/match';
import { skillRoleCounts } from '$lib/data/derive';
import { compareText, formatCount, formatList } from '$lib/data/format';
import { STRENGTHS, type StrengthId } from '$lib/data/strength';
import { lower, type Measures } from '$lib/data/words';

export const HEATMAP_SORTS = ['pay', 'growth', 'skills', 'name', 'match'] as const;
/** A sort the reader can pick, or `given`: keep the roles in the order they were passed. */
export type HeatmapSort = (typeof HEATMAP_SORTS)[number] | 'given';

/** Each order in words, naming pay and growth as the dataset does: "median pay, highest first". */
export function sortLabels(words: Pick<Measures, 'pay' | 'growth'>): Record<HeatmapSort, string> {
	return {
		given: 'the order chosen',
		pay: `${lower(words.pay.short)}, highest first`,
		growth: `${lower(words.growth.short)}, fastest first`,
		skills: 'number of requirements, most first',
		name: 'role name, A to Z',
		match: 'chosen skills asked for, most first'
	};
}

export type Orientation = 'wide' | 'tall';

export interface HeatmapRow {
	id: string;
	title: string;
	colorIndex: number;
	dimmed: boolean;
	/** How many of the chosen skills this role asks for; null with no filter. */
	coverage: { matched: number; total: number } | null;
	requirementCount: number;
}

export interface HeatmapColumn {
	id: string;
	label: string;
	short: string;
	category: string;
	categoryLabel: string;
	/** One of the skills chosen in the filter. */
	highlighted: boolean;
	/** How many roles ask for this skill. */
	roleCount: number;
}

/**
 * One role × skill. What the filter changes (dimmed rows, highlighted columns) lives on the rows and
 * columns, not here: the chart keeps its cells across filter changes.
 */
export interface HeatmapCell {
	roleId: string;
	skillId: string;
	strength: StrengthId | null;
	quote: string | null;
	/** Band keys for LayerCake's x and y in the current orientation. */
	xKey: string;
	yKey: string;
}

export interface HeatmapGroup {
	id: string;
	label: string;
	/** First and last band key of the group, along the skill axis. */
	first: string;
	last: string;
}

export interface HeatmapModel {
	orientation: Orientation;
	/** Every role, sorted; `rows` is the page of them on show. */
	allRows: HeatmapRow[];
	/** The rows drawn: one page of `allRows`. */
	rows: HeatmapRow[];
	page: number;
	pageCount: number;
	/** "Roles 1–40 of 1,000", or '' when every role fits on one page. */
	rangeLabel: string;
	columns: HeatmapColumn[];
	cells: HeatmapCell[];
	groups: HeatmapGroup[];
	/** Band domains for LayerCake (the skill axis has gap keys between categories). */
	xDomain: string[];
	yDomain: string[];
	sort: HeatmapSort;
	emptyReason: string | null;
	summary: string;
}

export interface HeatmapOptions {
	sort: HeatmapSort;
	orientation: Orientation;
	/** Skill ids chosen in the filter. */
	chosen: readonly string[];
	/** Result of `matchRoles`; with no skills chosen every role matches. */
	matches: RoleMatches;
	/** Dim the rows of roles that fail the filter (default); the comparison keeps every row lit. */
	dimUnmatched?: boolean;
	colors: Map<string, number>;
	/** Zero-based page of rows to draw; out-of-range pages are clamped. */
	page?: number;
	/** Rows per page: thousands of rows cannot be read as one grid, so they are paged. */
	pageSize?: number;
	/** The source's wording of a role's requirement, where it is at hand (see `DetailsStore`). */
	quoteOf?: (roleId: string, skillId: string) => string | undefined;
}

/** The heatmap's order in words: "Rows sorted by median pay, highest first". */
export const sortLabel = (sort: HeatmapSort, words: Pick<Measures, 'pay' | 'growth'>) =>
	`Rows sorted by ${sortLabels(words)[sort]}`;

/** A cell's stable key, `role|skill`. */
export const cellKey = (c: Pick<HeatmapCell, 'roleId' | 'skillId'>) => `${c.roleId}|${c.skillId}`;

/** Gap keys separate category groups on the skill axis; they never hold a cell. */
export const isGapKey = (key: string) => key.startsWith('gap:');

/**
 * The most a skill's name takes along its slant in the wide layout, in pixels; a longer one is cut,
 * whole on hover. The chart's top and right margins hold a name this long.
 */
export const SKILL_ROOM = 150;

type RoleSort = Exclude<HeatmapSort, 'match' | 'given'>;

function compareRoles(sort: RoleSort) {
	const byTitle = (a: CoreRole, b: CoreRole) => compareText(a.title, b.title);
	const pay = (r: CoreRole) => r.salary.median;
	return (a: CoreRole, b: CoreRole): number => {
		switch (sort) {
			case 'pay':
				return pay(b) - pay(a) || byTitle(a, b);
			case 'growth':
				return b.growth.percent - a.growth.percent || pay(b) - pay(a) || byTitle(a, b);
			case 'skills':
				return b.requirements.length - a.requirements.length || pay(b) - pay(a) || byTitle(a, b);
			case 'name':
				return byTitle(a, b);
			default:
				return 0;
		}
	};
}

/**
 * The heatmap's layout: the order of the roles, the page on show, the columns and category groups,
 * the cells and the band domains. Built from the unfiltered data, the sort and the page; the filter
 * is not an input (see `highlightHeatmap`), except that the "best match" order is the filter's.
 */
export interface HeatmapLayout {
	orientation: Orientation;
	sort: HeatmapSort;
	/** Every role in the heatmap's order; `pageRoles` is the page of them on show. */
	ordered: readonly CoreRole[];
	pageRoles: readonly CoreRole[];
	page: number;
	pageCount: number;
	rangeLabel: string;
	/** Columns as laid out; `highlighted` is false here and set by the highlight. */
	columns: HeatmapColumn[];
	cells: HeatmapCell[];
	groups: HeatmapGroup[];
	xDomain: string[];
	yDomain: string[];
	colors: Map<string, number>;
	summary: string;
}

export type HeatmapLayoutOptions = Pick<
	HeatmapOptions,
	'sort' | 'orientation' | 'colors' | 'page' | 'pageSize' | 'quoteOf'
> & {
	/** With the "best match" sort only: the filter's result, which decides the order. */
	matches?: RoleMatches;
	/**
	 * The roles already in this order (`orderRoles`): a component keeps the order in a `$derived` of
	 * its own, so turning a page of 100,000 roles does not sort them again.
	 */
	ordered?: readonly CoreRole[];
};

/** Roles by how many chosen skills they ask for, those passing first, then by pay and name. */
function byMatch(roles: readonly CoreRole[], matches: RoleMatches): CoreRole[] {
	return roles
		.map((role, i) => ({ role, m: matches.matchedAt(i), pass: matches.passes(role.id) }))
		.sort(
			(a, b) =>
				b.m - a.m ||
				Number(b.pass) - Number(a.pass) ||
				b.role.salary.median - a.role.salary.median ||
				compareText(a.role.title, b.role.title)
		)
		.map((x) => x.role);
}

/** The roles in a heatmap order; "best match" needs the filter's result. Does not reorder `roles`. */
export function orderRoles(
	roles: readonly CoreRole[],
	sort: HeatmapSort,
	matches?: RoleMatches
): readonly CoreRole[] {
	if (sort === 'match') return matches ? byMatch(roles, matches) : roles;
	if (sort === 'given') return roles;
	return [...roles].sort(compareRoles(sort));
}

export function layoutHeatmap(
	data: Pick<PageDataset, 'roles' | 'skills' | 'categories'>,
	options: HeatmapLayoutOptions
): HeatmapLayout {
	const { sort, orientation, colors, pageSize = Infinity, quoteOf, matches } = options;
	const counts = skillRoleCounts(data.roles);
	const categoryLabel = new Map(data.categories.map((c) => [c.id, c.label]));

	// Columns in category order, then dataset order within a category.
	const columns: HeatmapColumn[] = data.categories.flatMap((c) =>
		data.skills
			.filter((s) => s.category === c.id)
			.map((s) => ({
				id: s.id,
				label: s.label,
				short: s.short ?? s.label,
				category: c.id,
				categoryLabel: categoryLabel.get(c.id) ?? c.id,
				highlighted: false,
				roleCount: counts.get(s.id) ?? 0
			}))
	);
	const skillKeys: string[] = [];
	const groups: HeatmapGroup[] = [];
	for (const col of columns) {
		const last = groups.at(-1);
		if (last?.id === col.category) {
			last.last = col.id;
		} else {
			// In the tall layout the first group gets a gap too: its label sits in it.
			if (last || orientation === 'tall') skillKeys.push(`gap:${col.category}`);
			groups.push({ id: col.category, label: col.categoryLabel, first: col.id, last: col.id });
		}
		skillKeys.push(col.id);
	}

	const ordered = options.ordered ?? orderRoles(data.roles, sort, matches);
	const total = ordered.length;
	const pageCount = Math.max(1, Math.ceil(total / pageSize));
	const page = Math.min(Math.max(0, Math.floor(options.page ?? 0)), pageCount - 1);
	const pageRoles = pageCount > 1 ? ordered.slice(page * pageSize, (page + 1) * pageSize) : ordered;
	const rangeLabel =
		pageCount > 1
			? `Roles ${formatCount(page * pageSize + 1)}–${formatCount(page * pageSize + pageRoles.length)} of ${formatCount(total)}`
			: '';

	const cells: HeatmapCell[] = [];
	for (const role of pageRoles) {
		const reqs = new Map(role.requirements.map((r) => [r.skill, r]));
		for (const col of columns) {
			const req = reqs.get(col.id);
			cells.push({
				roleId: role.id,
				skillId: col.id,
				strength: req?.strength ?? null,
				quote: (req && quoteOf?.(role.id, col.id)) || null,
				xKey: orientation === 'wide' ? col.id : role.id,
				yKey: orientation === 'wide' ? role.id : col.id
			});
		}
	}
	const roleKeys = pageRoles.map((r) => r.id);
	return {
		orientation,
		sort,
		ordered,
		pageRoles,
		page,
		pageCount,
		rangeLabel,
		columns,
		cells,
		groups,
		xDomain: orientation === 'wide' ? skillKeys : roleKeys,
		yDomain: orientation === 'wide' ? roleKeys : skillKeys,
		colors,
		summary: summarise(ordered, columns)
	};
}

export type HeatmapHighlightOptions = Pick<HeatmapOptions, 'chosen' | 'matches' | 'dimUnmatched'>;

/**
 * The filter over a layout: each row's dimming and coverage, the chosen columns highlighted, and what
 * to say when nothing matches. Only the page on show becomes rows; every row (the table, the CSV)
 * is made when first asked for.
 */
export function highlightHeatmap(
	layout: HeatmapLayout,
	{ chosen, matches, dimUnmatched = true }: HeatmapHighlightOptions
): HeatmapModel {
	const chosenSet = new Set(chosen);
	const filtering = chosenSet.size > 0;
	const toRow = (role: CoreRole): HeatmapRow => {
		const m = matches.get(role.id);
		return {
			id: role.id,
			title: role.title,
			colorIndex: layout.colors.get(role.id) ?? -1,
			dimmed: filtering && dimUnmatched && m ? !m.matches : false,
			coverage: filtering && m ? { matched: m.matched, total: m.total } : null,
			requirementCount: role.requirements.length
		};
	};
	let allRows: HeatmapRow[] | undefined;
	const rows = layout.pageRoles.map(toRow);
	const total = layout.ordered.length;
	return {
		orientation: layout.orientation,
		get allRows() {
			return (allRows ??= layout.pageCount > 1 ? layout.ordered.map(toRow) : rows);
		},
		rows,
		page: layout.page,
		pageCount: layout.pageCount,
		rangeLabel: layout.rangeLabel,
		columns: filtering
			? layout.columns.map((c) => (chosenSet.has(c.id) ? { ...c, highlighted: true } : c))
			: layout.columns,
		cells: layout.cells,
		groups: layout.groups,
		xDomain: layout.xDomain,
		yDomain: layout.yDomain,
		sort: layout.sort,
		emptyReason: !total
			? 'The dataset has no roles.'
			: !layout.columns.length
				? 'The data names no requirements for these roles.'
				: filtering && matches.count === 0
					? 'No role matches the chosen skills.'
					: null,
		summary: layout.summary
	};
}

/** Layout and highlight in one call (the comparison's matrix, the tests). */
export function buildHeatmapModel(
	data: Pick<PageDataset, 'roles' | 'skills' | 'categories'>,
	options: HeatmapOptions
): HeatmapModel {
	return highlightHeatmap(layoutHeatmap(data, options), options);
}

/** One requirement of one role shown: a row of the heatmap's table and of its CSV. */
export interface HeatmapTableRow {
	roleId: string;
	role: string;
	skillId: string;
	skill: string;
	category: string;
	strength: StrengthId;
	/** One of the skills chosen in the filter. */
	chosen: boolean;
	/** The source's wording, where it is at hand. */
	quote: string | null;
}

/**
 * The heatmap's rows in long form: one per requirement of each role shown (all pages, in the
 * heatmap's order; roles outside the filter are left out), skills in column order.
 */
export function heatmapRows(
	model: HeatmapModel,
	roles: readonly CoreRole[],
	quoteOf: (roleId: string, skillId: string) => string | undefined
): HeatmapTableRow[] {
	const byId = new Map(roles.map((r) => [r.id, r]));
	const rows: HeatmapTableRow[] = [];
	for (const row of model.allRows) {
		if (row.dimmed) continue;
		const reqs = new Map(byId.get(row.id)?.requirements.map((q) => [q.skill, q]) ?? []);
		for (const col of model.columns) {
			const q = reqs.get(col.id);
			if (!q) continue;
			rows.push({
				roleId: row.id,
				role: row.title,
				skillId: col.id,
				skill: col.label,
				category: col.categoryLabel,
				strength: q.strength,
				chosen: col.highlighted,
				quote: quoteOf(row.id, col.id) ?? null
			});
		}
	}
	return rows;
}

/** The heatmap in words: which skills are most asked for, and which roles ask for the most. */
export function summarise(ordered: readonly CoreRole[], columns: HeatmapColumn[]): string {
	if (!ordered.length) return 'No roles to show.';
	const top = [...columns]
		.sort((a, b) => b.roleCount - a.roleCount || compareText(a.label, b.label))
		.slice(0, 3);
	// The first role (in the heatmap's order) with the most requirements; a scan, not a sort.
	let most = ordered[0]!;
	for (const r of ordered) if (r.requirements.length > most.requirements.length) most = r;
	const essential = most.requirements.filter((q) => q.strength === 'essential').length;
	return (
		`Heatmap of ${formatCount(ordered.length)} roles by ${columns.length} skills and requirements, shaded by how strongly the source asks for each ` +
		`(${Object.values(STRENGTHS)
			.map((s) => s.label.toLowerCase())
			.join(', ')}, or not mentioned). ` +
		`Most asked for: ${formatList(top.map((c) => `${c.label} (${c.roleCount} roles)`))}. ` +
		`${most.title} lists the most requirements (${most.requirements.length}, ${essential} of them essential).`
	);
}
