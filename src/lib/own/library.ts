/**
 * The datasets a reader opened, kept in this browser (IndexedDB, through idb-keyval) and nowhere
 * else: each saved dataset under its own key, and a small index of them (which one is shown is
 * kept by `ownData.svelte.ts`, where the page can read it at once). Storage
 * that fails (a private window, a full disk) says so in `StorageError`; the app works on without it.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { packDataset, packedBytes, type PackedDataset } from '$lib/data/packed';
import type { Dataset } from '$lib/data/schema';

export interface SavedEntry {
	id: string;
	name: string;
	/** Roles in it, and about how many bytes it holds, for the list. */
	roles: number;
	bytes: number;
	savedAt: string;
}

export class StorageError extends Error {}

let store: UseStore | undefined;
const db = () => (store ??= createStore('ml-careers-explorer', 'datasets'));

async function guard<T>(what: string, run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (error) {
		throw new StorageError(
			`This browser did not let the page ${what} (${(error as Error).message || 'storage refused'}). The data stays on screen until you leave; nothing is saved.`
		);
	}
}

/** The saved datasets, newest first. */
export function listSaved(): Promise<SavedEntry[]> {
	return guard(
		'read its saved datasets',
		async () => (await get<SavedEntry[]>('index', db())) ?? []
	);
}

/**
 * Saves a dataset, in columns (`packed.ts`: IndexedDB copies typed arrays in one piece); returns its
 * entry.
 */
export function saveDataset(packed: PackedDataset, name: string): Promise<SavedEntry> {
	return guard('save the dataset', async () => {
		const entry: SavedEntry = {
			id: `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
			name,
			roles: packed.ids.length,
			bytes: packedBytes(packed),
			savedAt: new Date().toISOString()
		};
		await set(`data:${entry.id}`, packed, db());
		const index = (await get<SavedEntry[]>('index', db())) ?? [];
		await set('index', [entry, ...index], db());
		return entry;
	});
}

/** A saved dataset's data, or null if it is gone. */
export function loadSaved(id: string): Promise<PackedDataset | null> {
	return guard('read the saved dataset', async () => {
		const saved = await get<PackedDataset | string>(`data:${id}`, db());
		if (!saved) return null;
		// Saved by an earlier version of the page, as JSON.
		return typeof saved === 'string' ? packDataset(JSON.parse(saved) as Dataset) : saved;
	});
}

export function deleteSaved(id: string): Promise<void> {
	return guard('delete the dataset', async () => {
		await del(`data:${id}`, db());
		const index = (await get<SavedEntry[]>('index', db())) ?? [];
		await set(
			'index',
			index.filter((e) => e.id !== id),
			db()
		);
	});
}
