/**
 * The pages' loads (dashboard and embeds): a big dataset's roles put into the payload before the
 * page goes live (see `roles.ts`, loaded only for a dataset whose payload names a roles file).
 */
import type { PageDataset } from '$lib/data/payload';

export async function pageWithRoles<T extends { dataset: PageDataset }>(
	data: T,
	fetcher: typeof fetch
): Promise<T> {
	if (!data.dataset.rolesFile) return data;
	const { withRoles } = await import('./roles');
	return { ...data, dataset: await withRoles(data.dataset, fetcher) };
}
