import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import css from './app.css?raw';
import { toPageDataset } from '$lib/data/payload';
import { loadDataset } from '$lib/server/dataset';
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

/**
 * Runs as each page is prerendered. It writes the page's link-preview tags (built here, on the
 * server, so they cost the page no script), and asks for the page's scripts at low priority: the
 * first paint needs only the page and its styles (written into it), and on a slow phone connection
 * the scripts' 80 KB, fetched at the browser's default high priority, shared the line with them.
 */
export const handle: Handle = ({ event, resolve }) => {
	const chart = event.route.id === '/embed/[chart]' ? (event.params.chart ?? '') : null;
	const page = event.route.id === '/' || (chart !== null && isChartId(chart));
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const out = html.replaceAll(
				'rel="modulepreload">',
				'rel="modulepreload" fetchpriority="low">'
			);
			return page && out.includes('</head>')
				? out.replace('</head>', `\t${previewTags(chart as ChartId | null)}\n\t</head>`)
				: out;
		}
	});
};
