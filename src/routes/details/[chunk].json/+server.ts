import { error, json } from '@sveltejs/kit';
import { chunkCount, detailsChunk } from '$lib/data/payload';
import { loadDataset } from '$lib/server/dataset';
import type { EntryGenerator, RequestHandler } from './$types';

// The words of a large dataset's roles, a chunk of roles per file, written at build time and
// fetched by the page when a role's quotes or responsibilities are first needed.
export const prerender = true;

export const entries: EntryGenerator = () =>
	Array.from({ length: chunkCount(loadDataset().roles.length) }, (_, i) => ({ chunk: String(i) }));

export const GET: RequestHandler = ({ params }) => {
	const data = loadDataset();
	const index = Number(params.chunk);
	if (!/^\d+$/.test(params.chunk) || index >= chunkCount(data.roles.length))
		error(404, 'No such details chunk');
	return json(detailsChunk(data, index));
};
