import { error, json } from '@sveltejs/kit';
import { rolesFile } from '$lib/server/page';
import type { EntryGenerator, RequestHandler } from './$types';

// A big dataset's roles (see `src/lib/server/page.ts`), written at build time and fetched by the
// page as it starts. None for a small dataset, whose roles are in the page.
export const prerender = true;

export const entries: EntryGenerator = () => {
	const file = rolesFile();
	return file ? [{ version: file.version }] : [];
};

export const GET: RequestHandler = ({ params }) => {
	const file = rolesFile();
	if (!file || params.version !== file.version) error(404, 'No such roles file');
	return json(file.body);
};
