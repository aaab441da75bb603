import type { Handle } from '@sveltejs/kit';

/**
 * Runs as each page is prerendered. The page's scripts are asked for at low priority: the first
 * paint needs only the page and its styles (written into it), and on a slow phone connection the
 * scripts' 80 KB, fetched at the browser's default high priority, shared the line with them.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replaceAll('rel="modulepreload">', 'rel="modulepreload" fetchpriority="low">')
	});
