/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after the first visit. The first visit caches this build's whole site (its code, fonts,
 * static files and pages) under the build's version; from then on everything is answered from that
 * cache, network or not, so a page is never one build's HTML with another build's code. A new
 * build's worker caches the new site beside the old and waits: the page offers to reload, and only
 * then (or once every tab of the old build is closed) does the new one take over and the old cache
 * go. A big dataset's chunks of words, and the importer's own chunks (the workbook reader), are
 * cached as they are first read.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'ml-careers-explorer:';
const CACHE = `${PREFIX}${version}`;
/** Read as they are needed, not all at the first visit (a big dataset has thousands). */
const LATER = /\/details\/\d+\.json$/;
/** The link-preview images: for the sites a link is pasted into, not for the reader. */
const PREVIEWS = /\/preview\/[^/]+\.png$/;
/**
 * Kept once fetched: a big dataset's chunks of words, and code the build's file list does not name
 * (the chunks of the importer's worker, such as the workbook reader, loaded when first used).
 */
const KEEP = /\/details\/\d+\.json$|\/_app\/immutable\//;
const SITE = [
	...build,
	...files.filter((f) => !/\/_headers$/.test(f)),
	...prerendered.filter((p) => !LATER.test(p) && !PREVIEWS.test(p))
];

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SITE)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(
					keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))
				)
			)
			.then(() => sw.clients.claim())
	);
});

/** The page asks the waiting worker to take over (the reader chose to reload). */
sw.addEventListener('message', (event) => {
	if (event.data === 'take-over') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(answer(request, url));
});

async function answer(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	// A page is its prerendered HTML whatever its query (`/?skills=python` is `/`).
	const key = url.pathname === '' ? `${base}/` : url.pathname;
	const cached = await cache.match(key);
	if (cached) return cached;
	try {
		const response = await fetch(request);
		if (response.ok && KEEP.test(url.pathname)) await cache.put(key, response.clone());
		return response;
	} catch (error) {
		// Offline, and not in this build's site: a page reached by a link still gets the dashboard.
		const page = request.mode === 'navigate' ? await cache.match(`${base}/`) : undefined;
		if (page) return page;
		throw error;
	}
}
