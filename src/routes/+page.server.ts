import { loadDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

/** Hands the page the validated dataset; runs at build time only (the page is prerendered). */
export const load: PageServerLoad = () => {
	const dataset = loadDataset();
	return { dataset };
};
