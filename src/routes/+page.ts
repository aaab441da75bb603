import { withRoles } from '$lib/state/roles';
import type { PageLoad } from './$types';

/** A big dataset's roles, fetched beside the page (see `$lib/state/roles.ts`). */
export const load: PageLoad = async ({ data, fetch }) => ({
	...data,
	dataset: await withRoles(data.dataset, fetch)
});
