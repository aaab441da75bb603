/**
 * What the dashboard and the embed pages are sent (see `payload.ts`): the bundled dataset's compact
 * payload with the default comparison's words; above `ROLES_INLINE_LIMIT` roles, without the roles,
 * which go to a file of their own (`rolesFile`, served by `src/routes/roles/[version].json`), named
 * by its contents so that a cache never holds one build's roles for another's page. Build time only.
 */
import { createHash } from 'node:crypto';
import { resolveComparison } from '$lib/data/comparison';
import { ROLES_INLINE_LIMIT, toPageDataset, type PageDataset } from '$lib/data/payload';
import { packRoles, type RolesFile } from '$lib/data/rolesFile';
import { keepRolesForPrerendering } from '$lib/state/roles';
import { loadDataset } from './dataset';

let cached: { page: PageDataset; roles: { version: string; body: RolesFile } | null } | undefined;

function build() {
	if (cached) return cached;
	const data = loadDataset();
	const page = toPageDataset(data, resolveComparison([], data.roles).ids);
	if (page.roles.length <= ROLES_INLINE_LIMIT) return (cached = { page, roles: null });
	const body = packRoles(page.roles, page.skills);
	const version = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16);
	keepRolesForPrerendering(page.roles);
	return (cached = {
		page: { ...page, roles: [], rolesFile: `roles/${version}.json` },
		roles: { version, body }
	});
}

/** The payload a page is sent. */
export function pageDataset(): PageDataset {
	return build().page;
}

/** The roles file of a big dataset, or null when the roles travel in the page. */
export function rolesFile(): { version: string; body: RolesFile } | null {
	return build().roles;
}
