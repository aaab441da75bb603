/**
 * The dashboard's state: one object over a dataset and the view (skills, match mode, comparison),
 * holding everything the page and its sections read that is not a chart's own drawing: the filter's
 * result, its status line and phrase, the ranking and its note on ties, the tables' captions, the
 * comparison and its default, and the words the page shows about the data. Nothing here needs a
 * DOM: it is tested in plain vitest. A new dataset is a new `DashboardState`, not a page reload.
 * (OWID's grapher keeps the same split: a `GrapherState` over the data and the view, the charts'
 * own states beneath it.)
 */
import { buildRoleColors } from '$lib/charts/colors';
import { MAX_COMPARE, resolveComparison, type ComparisonSelection } from '$lib/data/comparison';
import { summariseRoles } from '$lib/charts/scatter/model';
import { buildSkillCatalogue, roleIndex, type CatalogueCategory } from '$lib/data/derive';
import { formatCount } from '$lib/data/format';
import {
	describeHighlight,
	describeMatch,
	summariseFilter,
	matchRoles,
	RANK_LIMIT,
	rankByCoverage,
	skillList,
	type MatchMode,
	type RoleMatch,
	type RoleMatches,
	type RoleSet
} from '$lib/data/match';
import type { PageDataset } from '$lib/data/payload';
import type { Source } from '$lib/data/schema';
import { datasetWords, type Words } from '$lib/data/words';

/* eslint-disable svelte/prefer-svelte-reactivity -- the maps and sets here are built once per
   dataset or per view and never changed in place: a change is a new value */
import { DetailsStore, fetchDetails, type DetailsLoad } from './details.svelte';
import type { ViewState } from './url';

/** The view as the dashboard reads it, and how it asks for a change: a `ViewStore` in the page. */
export interface ViewSource {
	readonly skills: string[];
	readonly match: MatchMode;
	readonly compare: string[];
	update(patch: Partial<ViewState>): void;
}

/** A ranked role: how many of the chosen skills it asks for, with its title. */
export type RankedRole = RoleMatch & { title: string };

/** When the last places of the ranking go to a few of many roles tied on coverage. */
export interface RankingTie {
	/** How many roles ask for `matched` of the `total` chosen skills. */
	count: number;
	matched: number;
	total: number;
}

export class DashboardState {
	readonly dataset: PageDataset;
	readonly view: ViewSource;
	/** Every word the page shows about the dataset. */
	readonly words: Words;
	/** role id → colour index, from the unfiltered data: a role keeps its colour whatever the filter. */
	readonly colors: Map<string, number>;
	readonly sources: Map<number, Source>;
	/** The filter's skills, grouped by category, with how many roles ask for each. */
	readonly catalogue: CatalogueCategory[];
	/** A small dataset travels whole with the page (words included) and its tables are prerendered. */
	readonly small: boolean;
	/** The source's words for each role: inline for a small dataset, fetched for a big one. */
	readonly details: DetailsStore;
	/** The scatter's text alternative, from the roles alone (no layout needed). */
	readonly scatterSummary: string;
	readonly #skillLabel: Map<string, string>;
	readonly #index: Map<string, number>;

	readonly skills: string[];
	readonly match: MatchMode;
	readonly filtering: boolean;
	readonly matches: RoleMatches;
	/** The roles passing the filter; null with no filter (nothing is dimmed). */
	readonly matching: RoleSet | null;
	/** For the scatter's table and CSV: null with no filter (no coverage column then). */
	readonly tableMatches: RoleMatches | null;
	readonly shownCount: number;
	readonly chosenLabels: string[];
	/** "4 of 7 roles match Python or SQL", or what to do with nothing ticked. */
	readonly status: string;
	/** The filter in a line, in parts: ["Python, SQL", "all of", "2 of 7 roles"] (`summariseFilter`). */
	readonly summary: string[];
	/** "Roles asking for Python and SQL", or '' with no filter. */
	readonly filterPhrase: string;
	/**
	 * What the filter highlights, for the charts' descriptions: "2 of 7 roles ask for Python and
	 * SQL: Data scientist and Software engineer.", or '' with no filter.
	 */
	readonly highlighted: string;
	readonly ranking: RankedRole[];
	readonly rankingTie: RankingTie | null;
	/** The roles compared: the reader's choice, or a default pair that says so. */
	readonly comparison: ComparisonSelection;
	/** The reader's own choice for the comparison (the URL's), as a set. */
	readonly compared: ReadonlySet<string>;
	/**
	 * A chart alone in another site's page (`/embed/<chart>`): a click on a role does not add it to
	 * a comparison that is not on screen, and sources are linked where they are, not to the page's
	 * list of them.
	 */
	readonly embedded: boolean;

	/**
	 * `loadDetails` gives a big dataset's chunks of words (see `DetailsStore`): by default, fetched
	 * from the files the build writes.
	 */
	constructor(
		dataset: PageDataset,
		view: ViewSource,
		{
			loadDetails = fetchDetails((chunk) => `/details/${chunk}.json`),
			embedded = false
		}: { loadDetails?: DetailsLoad; embedded?: boolean } = {}
	) {
		this.dataset = dataset;
		this.embedded = embedded;
		this.view = view;
		this.details = new DetailsStore(dataset, loadDetails);
		const roles = dataset.roles;
		this.words = datasetWords(dataset.meta, roles.length, dataset.context);
		this.colors = buildRoleColors(roles.map((r) => r.id));
		this.sources = new Map(dataset.sources.map((s) => [s.id, s]));
		this.catalogue = buildSkillCatalogue(dataset);
		this.small = dataset.chunkSize === 0;
		this.scatterSummary = summariseRoles(roles, this.words);
		this.#skillLabel = new Map(dataset.skills.map((s) => [s.id, s.label]));
		this.#index = roleIndex(roles);

		this.skills = $derived(this.view.skills);
		this.match = $derived(this.view.match);
		this.filtering = $derived(this.skills.length > 0);
		this.matches = $derived(matchRoles(roles, this.skills, this.match));
		this.matching = $derived(this.matches.shown);
		this.tableMatches = $derived(this.filtering ? this.matches : null);
		this.shownCount = $derived(this.matching ? this.matching.size : roles.length);
		this.chosenLabels = $derived(this.skills.map((s) => this.#skillLabel.get(s) ?? s));
		this.status = $derived(describeMatch(this.matches, this.chosenLabels, this.match));
		this.summary = $derived(summariseFilter(this.matches, this.chosenLabels, this.match));
		this.filterPhrase = $derived(
			this.filtering ? `Roles asking for ${skillList(this.chosenLabels, this.match)}` : ''
		);
		this.highlighted = $derived(
			describeHighlight(this.matches, roles, this.chosenLabels, this.match)
		);
		this.ranking = $derived(
			rankByCoverage(this.matches, RANK_LIMIT).map((m) => ({
				...m,
				title: roles[this.#index.get(m.id)!]?.title ?? m.id
			}))
		);
		this.rankingTie = $derived.by(() => {
			// With thousands of roles, "the 10 best fits" may be 10 of 1,500 equally good ones: say so.
			const last = this.ranking.at(-1);
			if (!last || last.matched === 0 || this.ranking.length < RANK_LIMIT) return null;
			const tied = this.matches.countMatched(last.matched);
			const listed = this.ranking.filter((r) => r.matched === last.matched).length;
			return tied > listed ? { count: tied, matched: last.matched, total: last.total } : null;
		});
		// The comparison is a part of the view of its own: a filter change leaves it, and all built
		// from it, alone.
		this.comparison = $derived(resolveComparison(this.view.compare, roles));
		this.compared = $derived(new Set(this.view.compare));
	}

	/** A data table's caption, saying which roles it holds: "…: the 4 of 7 roles asking for Python". */
	caption(what: string): string {
		const all = formatCount(this.dataset.roles.length);
		return this.filtering
			? `${what}: the ${formatCount(this.shownCount)} of ${all} roles asking for ${skillList(this.chosenLabels, this.match)}`
			: `${what}: all ${all} roles`;
	}

	/** Ticks or unticks a skill (a new history entry). */
	setSkills(skills: string[]) {
		this.view.update({ skills });
	}

	/** Adds a role to the comparison or takes it out; a fifth role is not added. */
	toggleCompare(id: string) {
		const current = this.view.compare;
		if (current.includes(id)) this.view.update({ compare: current.filter((c) => c !== id) });
		else if (current.length < MAX_COMPARE) this.view.update({ compare: [...current, id] });
	}

	/** Sets the comparison, keeping at most `MAX_COMPARE` roles. */
	setCompare(ids: string[]) {
		this.view.update({ compare: ids.slice(0, MAX_COMPARE) });
	}
}
