import { resolveComparison } from '$lib/data/comparison';
import { toPageDataset } from '$lib/data/payload';
import { loadDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

/**
 * Hands the page its compact dataset (see `payload.ts`); runs at build time only (the page is
 * prerendered). The default comparison's words go with it, so it renders complete at any size.
 */
export const load: PageServerLoad = () => {
	const data = loadDataset();
	return { dataset: toPageDataset(data, resolveComparison([], data.roles).ids) };
};
