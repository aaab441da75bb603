/**
 * Which dataset the dashboard shows: the bundled one the page was built with, one the reader opened
 * (kept in this browser), or one a `#data=` link carries (shown once the reader keeps it). A new
 * dataset is a new `DashboardState` over it, not a reload; the view (filter, comparison) starts
 * afresh, since the old one's skills and roles are not in the new data. This is the state; what
 * changes it (storage, links, conversions) is in `actions.ts`, loaded when first needed.
 */
import type { PackedDataset } from '$lib/data/packed';
import type { PageDataset } from '$lib/data/payload';
import type { Dataset } from '$lib/data/schema';
import type { DetailsLoad } from '$lib/state/details.svelte';
import type { SavedEntry } from './library';

/** A dataset opened in the browser: whole, in columns, and where the page reads its words from. */
export interface Opened {
	packed: PackedDataset;
	loadDetails: DetailsLoad;
}

/** A dataset a link carries, waiting for the reader to keep or dismiss it. */
export interface LinkNotice {
	name: string;
	roles: number;
	bytes: number;
	dataset: Dataset | null;
	error: string | null;
}

export class OwnData {
	/** What the dashboard shows. */
	current = $state.raw<PageDataset>() as PageDataset;
	/** The dataset shown when it is not the bundled one. */
	opened = $state.raw<Opened | null>(null);
	/** The saved dataset shown, or null for the bundled one. */
	shownId = $state<string | null>(null);
	saved = $state.raw<SavedEntry[]>([]);
	/** Why storage failed, in words, or null. */
	storageMessage = $state<string | null>(null);
	link = $state.raw<LinkNotice | null>(null);
	readonly bundled: PageDataset;
	#onchange: () => void;

	/** `onchange` runs when another dataset is shown (the page resets its view). */
	constructor(bundled: PageDataset, onchange: () => void) {
		this.bundled = bundled;
		this.current = bundled;
		this.#onchange = onchange;
	}

	/** Shows a dataset (a saved one's id, or null); the page's view starts afresh. */
	show(dataset: PageDataset, id: string | null, opened: Opened | null) {
		this.current = dataset;
		this.opened = opened;
		this.shownId = id;
		this.#onchange();
	}

	/**
	 * Whether a saved dataset was shown when the page was last left (a reload brings it back): the
	 * page then reads its link's filter once that dataset is back, not against the bundled one.
	 */
	willRestore(): boolean {
		return shownId() !== null;
	}
}

/**
 * Which saved dataset is shown, kept where the page can read it at once (IndexedDB is async), so a
 * reload knows before the first frame whether to wait for it.
 */
const SHOWN_KEY = 'ml-careers-explorer:shown';

/** The saved dataset shown when the page was last left, or null. */
export function shownId(): string | null {
	try {
		return localStorage.getItem(SHOWN_KEY);
	} catch {
		return null;
	}
}

export function remember(id: string | null) {
	try {
		if (id) localStorage.setItem(SHOWN_KEY, id);
		else localStorage.removeItem(SHOWN_KEY);
	} catch {
		/* storage refused: a reload shows the bundled data */
	}
}
