/**
 * The page's script preloads, as each page is prerendered (`src/hooks.server.ts`).
 *
 * SvelteKit's client, as it starts, also fetches the error page's code (so that a failure later can
 * still be shown): a dynamic import, which the browser asks for at high priority once the page's
 * scripts have run. The page's first paint never waits for it, but Lighthouse's simulation counts a
 * high-priority script that arrives before the first paint as blocking it, with the scripts it came
 * from (docs/decisions.md, "The error page's code preloaded"). Preloaded with the others, it is
 * asked for at the same low priority, in parallel, and the import finds it already fetched.
 */

/** The client build's manifest, written by Vite; SvelteKit builds the pages from it. */
export const CLIENT_MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';
/** SvelteKit's generated entry for the error page (node 1: the root layout is 0). */
const ERROR_NODE = '.svelte-kit/generated/client-optimized/nodes/1.js';

type ManifestChunk = { file: string; imports?: string[] };

/**
 * The files the browser loads for the error page: its node and every chunk it imports statically.
 * @param manifestText the client build's manifest (JSON)
 */
export function errorPageFiles(manifestText: string): string[] {
	const manifest = JSON.parse(manifestText) as Record<string, ManifestChunk>;
	const files: string[] = [];
	const seen = new Set<string>();
	const visit = (key: string) => {
		if (seen.has(key)) return;
		seen.add(key);
		const chunk = manifest[key];
		if (!chunk) throw new Error(`${CLIENT_MANIFEST}: no entry "${key}"`);
		files.push(chunk.file);
		for (const next of chunk.imports ?? []) visit(next);
	};
	visit(ERROR_NODE);
	return files;
}

const PRELOAD = /<link href="([^"]*?)(_app\/immutable\/[^"]+\.js)" rel="modulepreload">/g;

/**
 * `html` with a module preload for each of `files` it does not preload yet, after its last one and
 * written the same way (the same relative path to the site's root). A page with no module
 * preloads (none of SvelteKit's scripts) is returned as it is.
 * @param files paths from the site's root, as in the client manifest (`_app/immutable/…`)
 */
export function withModulePreloads(html: string, files: readonly string[]): string {
	const links = [...html.matchAll(PRELOAD)];
	const last = links.at(-1);
	if (!last || last.index === undefined) return html;
	const root = last[1];
	const have = new Set(links.map((l) => l[2]));
	const more = files
		.filter((f) => !have.has(f))
		.map((f) => `\n\t\t<link href="${root}${f}" rel="modulepreload">`)
		.join('');
	const at = last.index + last[0].length;
	return html.slice(0, at) + more + html.slice(at);
}
