/**
 * What changes the dataset shown (see `OwnData`): bringing back the one shown before a reload,
 * reading a `#data=` link, accepting a new one, switching, deleting. Storage and links load here,
 * when first needed; none of it is in the JavaScript the page starts with.
 */
import type { PackedDataset } from '$lib/data/packed';
import type { Dataset } from '$lib/data/schema';
import { remember, shownId, type OwnData } from './ownData.svelte';

/** Shows a dataset in columns (a saved one's id, or null). */
async function showPacked(own: OwnData, packed: PackedDataset, id: string | null) {
	const { page, opened } = (await import('./convert')).openPacked(packed);
	own.show(page, id, opened);
}

/**
 * After the page starts: the dataset shown before a reload, and a link's data. Nothing is loaded
 * for a visit with neither.
 */
export async function restore(own: OwnData, hash: string) {
	if (own.willRestore()) {
		const lib = await import('./library');
		try {
			const id = shownId();
			const data = id ? await lib.loadSaved(id) : null;
			if (id && data) await showPacked(own, data, id);
			else remember(null);
		} catch (error) {
			remember(null);
			own.storageMessage = (error as Error).message;
		}
	}
	await openLink(own, hash);
}

/** Reads the dataset a `#data=…` link carries, for the notice (Keep or Dismiss). */
export async function openLink(own: OwnData, hash: string) {
	if (/(?:^#|&)data=/.test(hash)) {
		const { decodeDataset } = await import('./link');
		const got = await decodeDataset(hash);
		own.link =
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
export async function refreshSaved(own: OwnData) {
	const lib = await import('./library');
	try {
		own.saved = await lib.listSaved();
	} catch (error) {
		own.storageMessage = (error as Error).message;
	}
}

/** Shows a dataset the reader accepted, and keeps it in this browser if it can. */
export async function accept(own: OwnData, packed: PackedDataset) {
	await showPacked(own, packed, null);
	// Saved once the new charts are painted: a big dataset's copy into storage waits for them.
	await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
	const lib = await import('./library');
	try {
		const entry = await lib.saveDataset(packed, packed.head.meta.title);
		remember(entry.id);
		own.saved = [entry, ...own.saved];
		own.shownId = entry.id;
		own.storageMessage = null;
	} catch (error) {
		own.storageMessage = (error as Error).message;
	}
}

/** Shows a saved dataset, or the bundled one (`null`). */
export async function showSaved(own: OwnData, id: string | null) {
	const lib = await import('./library');
	try {
		const data = id ? await lib.loadSaved(id) : null;
		if (id && !data) throw new lib.StorageError('That dataset is no longer saved here.');
		if (data) await showPacked(own, data, id);
		else own.show(own.bundled, null, null);
		remember(id);
	} catch (error) {
		own.storageMessage = (error as Error).message;
	}
}

/** Deletes a saved dataset; the bundled one is shown if it was the one on screen. */
export async function remove(own: OwnData, id: string) {
	const lib = await import('./library');
	try {
		await lib.deleteSaved(id);
		own.saved = own.saved.filter((e) => e.id !== id);
		if (own.shownId === id) {
			own.show(own.bundled, null, null);
			remember(null);
		}
	} catch (error) {
		own.storageMessage = (error as Error).message;
	}
}

/** Keeps the dataset a link carries: shown and saved. */
export async function keepLink(own: OwnData) {
	const data = own.link?.dataset;
	dismissLink(own);
	if (data) await accept(own, (await import('$lib/data/packed')).packDataset(data));
}

/** Drops a link's dataset and the data from the address, unshown. */
export function dismissLink(own: OwnData) {
	own.link = null;
	history.replaceState(history.state, '', location.pathname + location.search);
}

/** The dataset shown, whole (with its words), for a link or a download. */
export async function full(own: OwnData): Promise<Dataset> {
	return (await import('./convert')).toFull(own.current, own.opened);
}
