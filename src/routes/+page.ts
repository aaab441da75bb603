import { pageWithRoles } from '$lib/state/pageRoles';
import type { PageLoad } from './$types';

/** A big dataset's roles, fetched beside the page (see `$lib/state/roles.ts`). */
export const load: PageLoad = ({ data, fetch }) => pageWithRoles(data, fetch);
