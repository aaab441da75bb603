/**
 * Which dataset the dashboard shows: the bundled one the page was built with, one the reader opened
 * (kept in this browser), or one a `#data=` link carries (shown once the reader keeps it). A new
 * dataset is a new `DashboardState` over it, not a reload; the view (filter, comparison) starts
 * afresh, since the old one's skills and roles are not in the new data. The storage and link code
 * loads when first needed, not with the page.
 */
import { toPageDataset, type PageDataset } from '$lib/data/payload';
import type { Dataset } from '$lib/data/schema';
import type { SavedEntry } from './library';

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

	#show(dataset: PageDataset, id: string | null) {
		this.current = dataset;
		this.shownId = id;
		this.#onchange();
	}

	/**
	 * Whether a saved dataset was shown when the page was last left (a reload brings it back): the
	 * page then reads its link's filter once that dataset is back, not against the bundled one.
	 */
	willRestore(): boolean {
		try {
			return !!localStorage.getItem(SHOWN_KEY);
		} catch {
			return false;
		}
	}

	/**
	 * After the page starts: the dataset shown before a reload, and a link's data. Nothing is loaded
	 * for a visit with neither.
	 */
	async restore(hash: string) {
		if (this.willRestore()) {
			const lib = await import('./library');
			try {
				const id = await lib.shownDataset();
				const data = id ? await lib.loadSaved(id) : null;
				if (id && data) {
					this.current = toPage(data);
					this.shownId = id;
				} else remember(null);
			} catch (error) {
				remember(null);
				this.storageMessage = (error as Error).message;
			}
		}
		await this.openLink(hash);
	}

	/** Reads the dataset a `#data=…` link carries, for the notice (Keep or Dismiss). */
	async openLink(hash: string) {
		if (/(?:^#|&)data=/.test(hash)) {
			const { decodeDataset } = await import('./link');
			const got = await decodeDataset(hash);
			this.link =
				'error' in got
					? { name: '', roles: 0, bytes: 0, dataset: null, error: got.error }
					: {
							name: got.dataset.meta.title,
							roles: got.dataset.roles.length,
							bytes: got.bytes,
							dataset: got.dataset,
							error: null
						};
		}
	}

	/** Reads the list of saved datasets (the panel shows it). */
	async refreshSaved() {
		const lib = await import('./library');
		try {
			this.saved = await lib.listSaved();
		} catch (error) {
			this.storageMessage = (error as Error).message;
		}
	}

	/** Shows a dataset the reader accepted, and keeps it in this browser if it can. */
	async accept(dataset: Dataset) {
		this.#show(toPage(dataset), null);
		const lib = await import('./library');
		try {
			const entry = await lib.saveDataset(dataset, dataset.meta.title);
			await lib.showDataset(entry.id);
			remember(entry.id);
			this.saved = [entry, ...this.saved];
			this.shownId = entry.id;
			this.storageMessage = null;
		} catch (error) {
			this.storageMessage = (error as Error).message;
		}
	}

	/** Shows a saved dataset, or the bundled one (`null`). */
	async show(id: string | null) {
		const lib = await import('./library');
		try {
			const data = id ? await lib.loadSaved(id) : null;
			if (id && !data) throw new lib.StorageError('That dataset is no longer saved here.');
			this.#show(data ? toPage(data) : this.bundled, id);
			await lib.showDataset(id);
			remember(id);
		} catch (error) {
			this.storageMessage = (error as Error).message;
		}
	}

	async remove(id: string) {
		const lib = await import('./library');
		try {
			await lib.deleteSaved(id);
			this.saved = this.saved.filter((e) => e.id !== id);
			if (this.shownId === id) {
				this.#show(this.bundled, null);
				remember(null);
			}
		} catch (error) {
			this.storageMessage = (error as Error).message;
		}
	}

	/** Keeps the dataset a link carries: shown and saved. */
	async keepLink() {
		const data = this.link?.dataset;
		this.dismissLink();
		if (data) await this.accept(data);
	}

	dismissLink() {
		this.link = null;
		history.replaceState(history.state, '', location.pathname + location.search);
	}

	/** The dataset shown, whole (with its words), for a link or a download. */
	full(): Dataset {
		return toFull(this.current);
	}
}

/** Which saved dataset is shown, also where the page can read it at once (IndexedDB is async). */
const SHOWN_KEY = 'ml-careers-explorer:shown';
function remember(id: string | null) {
	try {
		if (id) localStorage.setItem(SHOWN_KEY, id);
		else localStorage.removeItem(SHOWN_KEY);
	} catch {
		/* storage refused: a reload shows the bundled data */
	}
}

/** A dataset for the page: every role's words inline (there are no chunk files for it). */
function toPage(dataset: Dataset): PageDataset {
	return toPageDataset(
		dataset,
		dataset.roles.map((r) => r.id)
	);
}

/** A page's dataset back in the file's shape (the words from its inline details). */
export function toFull(page: PageDataset): Dataset {
	const { details, chunkSize: _, ...rest } = page;
	void _;
	return {
		...rest,
		roles: page.roles.map((r) => ({
			...r,
			requirements: r.requirements.map((q) => ({
				skill: q.skill,
				strength: q.strength,
				quote: details[r.id]?.quotes[q.skill] ?? `${q.skill}`
			})),
			responsibilities: details[r.id]?.responsibilities ?? ''
		}))
	} as Dataset;
}
