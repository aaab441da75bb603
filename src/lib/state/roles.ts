/**
 * A big dataset's roles, which travel beside the page rather than in it (see `ROLES_INLINE_LIMIT` in
 * `payload.ts`): the pages' loads put them into the payload before anything is drawn. In the browser
 * they are fetched (the service worker keeps the file with the rest of the site); while the site is
 * built, the server hands over the roles it wrote the file from, so the prerendered page shows them
 * without the file being written into the page. If the file cannot be had, the prerendered page
 * stays as it is, with a notice saying so.
 */
import { browser } from '$app/environment';
import { base } from '$app/paths';
import type { CoreRole, PageDataset } from '$lib/data/payload';
import { unpackRoles } from '$lib/data/rolesFile';

let prerendering: CoreRole[] | null = null;

/** At build time: the roles the roles file holds, for the pages prerendered from it. */
export function keepRolesForPrerendering(roles: CoreRole[]) {
	prerendering = roles;
}

/** The payload with its roles, fetched from its roles file when it names one. */
export async function withRoles(
	dataset: PageDataset,
	fetcher: typeof fetch = fetch
): Promise<PageDataset> {
	const file = dataset.rolesFile;
	if (!file) return dataset;
	if (!browser) {
		if (!prerendering) throw new Error(`${file}: the roles were not handed over for prerendering`);
		return { ...dataset, roles: prerendering };
	}
	const get = async () => {
		const res = await fetcher(`${base}/${file}`);
		if (!res.ok) throw new Error(`HTTP ${res.status}`);
		return (await res.json()) as unknown;
	};
	try {
		// Once more after a failure: a dropped connection on a phone should not cost the page.
		const body = await get()
			.catch(get)
			.catch((e: Error) => {
				throw new Error(`${file}: the roles could not be loaded (${e.message})`);
			});
		return { ...dataset, roles: unpackRoles(body, dataset.skills, file) };
	} catch (e) {
		showFailure(`${(e as Error).message}.`);
		// The prerendered page stays as it is, every chart readable; without its roles it does not
		// go live (a page made without them would draw no role at all).
		return new Promise<never>(() => {});
	}
}

/** Says at the top of the page what failed, with a way to try again. */
function showFailure(message: string) {
	const box = document.createElement('div');
	box.className = 'notice load-failed';
	box.setAttribute('role', 'alert');
	const text = document.createElement('p');
	text.textContent = `${message} The charts show the dataset as it was published but do not respond to the filter, the pointer or the keyboard.`;
	const reload = document.createElement('button');
	reload.type = 'button';
	reload.className = 'btn';
	reload.textContent = 'Reload the page';
	reload.addEventListener('click', () => location.reload());
	box.append(text, reload);
	(document.querySelector('main') ?? document.body).prepend(box);
	// The controls that need the page live are left out (app.css, `data-needs-js`).
	document.documentElement.setAttribute('data-stalled', '');
}
