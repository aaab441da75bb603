/**
 * The shared view state (skill filter, match mode, comparison) and its round trip through the URL.
 * Every change is a history entry made with SvelteKit's shallow routing (`pushState`) and the view
 * on screen follows the current entry, so Back and Forward step through filter states without a
 * reload, and a copied link reproduces the view. The page is prerendered, so the query string is
 * read in the browser after hydration. Nothing here touches the browser: the history is handed in
 * (`ViewHistory`), so the store is tested headless.
 */
import { untrack } from 'svelte';
import {
	EMPTY_VIEW,
	parseView,
	sameView,
	serialiseView,
	type KnownIds,
	type ViewState
} from './url';

/**
 * Where the view's history lives. In the page, SvelteKit's shallow routing (`kitHistory` in
 * `kitHistory.svelte.ts`); in the unit tests, an array. `entry` is reactive: the store follows it.
 */
export interface ViewHistory {
	/** The view kept with the current history entry, if any. */
	entry(): ViewState | undefined;
	push(url: string, view: ViewState): void;
	replace(url: string, view: ViewState): void;
	/** The page's path, for a view with an empty query string. */
	path(): string;
	/** Runs `fn` once the change just made is on screen (see `afterNextFrame`). */
	later(fn: () => void): void;
}

export class ViewStore {
	/** The view the page was opened with; what Back returns to at the first history entry. */
	#initial: ViewState = EMPTY_VIEW;
	/** What was ignored in the opening link, for the visible notice. */
	ignored = $state<string[]>([]);
	#known: () => KnownIds;
	#history: ViewHistory;
	// The view on screen, a part at a time. Each part is written only when it changes: whatever is
	// built from the comparison is then not even looked at when the filter changes. (Svelte marks
	// everything downstream of a changed value before working out what really changed; through one
	// object for the whole view, a filter click walked the comparison's 4,000 reactions twice.)
	#skills = $state.raw<ViewState['skills']>(EMPTY_VIEW.skills);
	#match = $state.raw<ViewState['match']>(EMPTY_VIEW.match);
	#compare = $state.raw<ViewState['compare']>(EMPTY_VIEW.compare);
	/**
	 * A view already on screen whose history entry is not written yet: the page repaints first and
	 * the URL follows once that frame is drawn (see `afterNextFrame`).
	 */
	#pending: ViewState | null = null;

	/**
	 * `known` is read when a URL is parsed, so it always reflects the current dataset. Create it
	 * while a component initialises: it follows Back and Forward through an effect.
	 */
	constructor(known: () => KnownIds, history: ViewHistory) {
		this.#known = known;
		this.#history = history;
		$effect.pre(() => {
			const entry = history.entry();
			untrack(() => {
				// An entry written before the view now pending (clicks quicker than a frame) is history
				// already: the screen stays on the newest view.
				if (this.#pending && !(entry && sameView(entry, this.#pending))) return;
				this.#show(entry ?? this.#initial);
			});
		});
	}

	get skills(): ViewState['skills'] {
		return this.#skills;
	}
	get match(): ViewState['match'] {
		return this.#match;
	}
	get compare(): ViewState['compare'] {
		return this.#compare;
	}

	/** The view on screen as one value (reads every part). */
	get current(): ViewState {
		return { skills: this.#skills, match: this.#match, compare: this.#compare };
	}

	/** Puts `v` on screen, writing only the parts that differ. */
	#show(v: ViewState) {
		if (!same(v.skills, this.#skills)) this.#skills = v.skills;
		if (v.match !== this.#match) this.#match = v.match;
		if (!same(v.compare, this.#compare)) this.#compare = v.compare;
	}

	/** Reads the opening URL; call once the router has started (e.g. in `afterNavigate`). */
	readUrl(url: URL) {
		const { state, ignored } = parseView(url.search, this.#known());
		this.#initial = state;
		this.ignored = ignored;
		this.#show(state);
		// Tidy a link that had junk in it, so copying it again shares only what applies.
		const canonical = serialiseView(state);
		if (ignored.length || canonical !== url.search) {
			this.#history.replace(canonical || url.pathname, state);
		}
	}

	/** Moves to a new view as a new history entry. */
	set(next: ViewState) {
		const now = this.current;
		if (sameView(next, now)) return;
		// History entries must be structured-cloneable: plain arrays, not reactive proxies. A part
		// that did not change keeps its array.
		const entry: ViewState = {
			skills: same(next.skills, now.skills) ? now.skills : [...next.skills],
			match: next.match,
			compare: same(next.compare, now.compare) ? now.compare : [...next.compare]
		};
		this.ignored = [];
		this.#pending = entry;
		this.#show(entry);
		this.#history.later(() => {
			this.#history.push(serialiseView(entry) || this.#history.path(), entry);
			if (this.#pending === entry) this.#pending = null;
		});
	}

	update(patch: Partial<ViewState>) {
		this.set({ ...this.current, ...patch });
	}

	dismissNotice() {
		this.ignored = [];
	}
}

const same = (a: readonly string[], b: readonly string[]) =>
	a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
