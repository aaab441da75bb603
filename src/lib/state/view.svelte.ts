/**
 * The shared view state (skill filter, match mode, comparison) and its round trip through the URL.
 * The URL is the source of truth: every change is a history entry made with SvelteKit's shallow
 * routing (`pushState`), so Back and Forward step through filter states without a reload, and a
 * copied link reproduces the view. The page is prerendered, so the query string is read in the
 * browser after hydration.
 */
import { page } from '$app/state';
import { pushState, replaceState } from '$app/navigation';
import {
	EMPTY_VIEW,
	parseView,
	sameView,
	serialiseView,
	type KnownIds,
	type ViewState
} from './url';

type HistoryState = { view?: ViewState };

export class ViewStore {
	/** The view the page was opened with; what Back returns to at the first history entry. */
	#initial = $state.raw<ViewState>(EMPTY_VIEW);
	/** What was ignored in the opening link, for the visible notice. */
	ignored = $state<string[]>([]);
	#known: () => KnownIds;
	/**
	 * A view already on screen whose history entry is not written yet: the page repaints first and
	 * the URL follows a frame later, so the router's work is not on the way to the next paint.
	 */
	#pending = $state.raw<ViewState | null>(null);

	/** `known` is read when a URL is parsed, so it always reflects the current dataset. */
	constructor(known: () => KnownIds) {
		this.#known = known;
	}

	/** The view last handed out, kept while equal so readers see the same object. */
	#last: ViewState | null = null;

	/**
	 * The view on screen. While the view stays the same it is the same object (and so are its
	 * arrays), even when the history entry that holds it is a copy: charts then recompute only
	 * what a change touches (a filter change leaves the comparison alone).
	 */
	get current(): ViewState {
		const v = this.#pending ?? (page.state as HistoryState).view ?? this.#initial;
		if (this.#last && v !== this.#last && sameView(v, this.#last)) return this.#last;
		this.#last = v;
		return v;
	}

	/** Reads the opening URL; call once the router has started (e.g. in `afterNavigate`). */
	readUrl(url: URL) {
		const { state, ignored } = parseView(url.search, this.#known());
		this.#initial = state;
		this.ignored = ignored;
		// Tidy a link that had junk in it, so copying it again shares only what applies.
		const canonical = serialiseView(state);
		if (ignored.length || canonical !== url.search) {
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- same page, only the query changes
			replaceState(canonical || url.pathname, { view: state } satisfies HistoryState);
		}
	}

	/** Moves to a new view as a new history entry. */
	set(next: ViewState) {
		const now = this.current;
		if (sameView(next, now)) return;
		// History entries must be structured-cloneable: plain arrays, not reactive proxies. A part
		// that did not change keeps its array.
		const same = (a: readonly string[], b: readonly string[]) =>
			a.length === b.length && a.every((x, i) => x === b[i]);
		next = {
			skills: same(next.skills, now.skills) ? now.skills : [...next.skills],
			match: next.match,
			compare: same(next.compare, now.compare) ? now.compare : [...next.compare]
		};
		this.ignored = [];
		this.#pending = next;
		const entry = next;
		requestAnimationFrame(() =>
			setTimeout(() => {
				// eslint-disable-next-line svelte/no-navigation-without-resolve -- same page, only the query changes
				pushState(serialiseView(entry) || location.pathname, {
					view: entry
				} satisfies HistoryState);
				if (this.#pending === entry) this.#pending = null;
			})
		);
	}

	update(patch: Partial<ViewState>) {
		this.set({ ...this.current, ...patch });
	}

	dismissNotice() {
		this.ignored = [];
	}
}
