import { readFileSync } from 'node:fs';
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { base } from '$app/paths';
import css from './app.css?raw';
import { toPageDataset } from '$lib/data/payload';
import { loadDataset } from '$lib/server/dataset';
import { CLIENT_MANIFEST, errorPageFiles, withModulePreloads } from '$lib/server/preloads';
import { linkPreviewTags, siteUrl } from '$lib/server/preview';
import { isChartId, type ChartId } from '$lib/share/links';

/** Each page's link-preview tags, made once: the dashboard's under '', each embed's under its id. */
const previews = new Map<string, string>();
function previewTags(chart: ChartId | null): string {
	const key = chart ?? '';
	let tags = previews.get(key);
	if (!tags) {
		tags = linkPreviewTags(chart, toPageDataset(loadDataset()), css, siteUrl(), base);
		previews.set(key, tags);
	}
	return tags;
}

/** The error page's files, read once from the client build (which prerendering comes after). */
let errorPage: string[] | undefined;
const errorPagePreloads = () =>
	(errorPage ??= building ? errorPageFiles(readFileSync(CLIENT_MANIFEST, 'utf8')) : []);

/**
 * Runs as each page is prerendered. It writes the page's link-preview tags (built here, on the
 * server, so they cost the page no script), preloads the error page's code that SvelteKit's client
 * fetches as it starts (`$lib/server/preloads`), and asks for all the page's scripts at low
 * priority: the first paint needs only the page and its styles (written into it), and on a slow
 * phone connection the scripts' 80 KB, fetched at the browser's default high priority, shared the
 * line with them.
 */
export const handle: Handle = ({ event, resolve }) => {
	const chart = event.route.id === '/embed/[chart]' ? (event.params.chart ?? '') : null;
	const page = event.route.id === '/' || (chart !== null && isChartId(chart));
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const out = withModulePreloads(html, errorPagePreloads()).replaceAll(
				'rel="modulepreload">',
				'rel="modulepreload" fetchpriority="low">'
			);
			return page && out.includes('</head>')
				? out.replace('</head>', `\t${previewTags(chart as ChartId | null)}\n\t</head>`)
				: out;
		}
	});
};
