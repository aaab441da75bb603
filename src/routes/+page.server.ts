import { pageDataset } from '$lib/server/page';
import type { PageServerLoad } from './$types';

/**
 * Hands the page its compact dataset (see `payload.ts` and `$lib/server/page.ts`); runs at build
 * time only (the page is prerendered). The default comparison's words go with it, so it renders
 * complete at any size.
 */
export const load: PageServerLoad = () => ({ dataset: pageDataset() });
