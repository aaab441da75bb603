import type { PageLoad } from './$types';

/**
 * A big dataset's roles, fetched beside the page (see `$lib/state/roles.ts`); the code that does it
 * loads only for such a dataset.
 */
export const load: PageLoad = async ({ data, fetch }) => {
	if (!data.dataset.rolesFile) return data;
	const { withRoles } = await import('$lib/state/roles');
	return { ...data, dataset: await withRoles(data.dataset, fetch) };
};
