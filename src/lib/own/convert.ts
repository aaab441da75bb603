/**
 * A dataset between its shapes (see `payload.ts` and `packed.ts`), for a dataset opened in the
 * browser. Loaded when one is opened or restored, not with the page.
 */
import {
	packedDetailsChunk,
	packedPage,
	unpackDataset,
	type PackedDataset
} from '$lib/data/packed';
import type { PageDataset } from '$lib/data/payload';
import type { Dataset } from '$lib/data/schema';
import type { Opened } from './ownData.svelte';

/** A dataset in columns, ready for the page: its core now, its words a chunk at a time. */
export function openPacked(packed: PackedDataset): { page: PageDataset; opened: Opened } {
	return {
		page: packedPage(packed),
		opened: { packed, loadDetails: async (chunk) => packedDetailsChunk(packed, chunk) }
	};
}

/** The dataset shown, whole: an opened one from its columns, the bundled one from its words. */
export function toFull(page: PageDataset, opened: Opened | null): Dataset {
	if (opened) return unpackDataset(opened.packed);
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
