/**
 * A dataset between the file's shape and the page's (see `payload.ts`), for a dataset opened in the
 * browser. Loaded when one is opened or restored, not with the page.
 */
import { toPageDataset, type PageDataset } from '$lib/data/payload';
import type { Dataset } from '$lib/data/schema';

/** A dataset for the page: every role's words inline (there are no chunk files for it). */
export function toPage(dataset: Dataset): PageDataset {
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
