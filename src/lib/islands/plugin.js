/**
 * Vite plugin behind `?island` imports: a part of the page that is prerendered with it but whose
 * code loads after the page starts (see `Island.svelte` for when).
 *
 * `import Heatmap from './HeatmapSection.svelte?island'` gives, for the server (prerendering), the
 * component itself, rendered into the page like any other; for the browser, only a way to load it
 * later (`{ load }`), so its code stays out of the JavaScript the page starts with. `Island.svelte`
 * is swapped the same way for `Island.ssr.svelte`. Both kinds go through a dynamic import, which is
 * how SvelteKit knows to link the section's stylesheet from the prerendered page (no unstyled flash).
 */

const QUERY = '?island';
const PREFIX = '\0island:';
// Not ending in `.svelte`, or the Svelte plugin would compile the generated module as a component.
const SUFFIX = '.island.js';

// The client build puts the modules the dashboard starts with into two chunks (two requests, better
// compressed than the many pieces they would otherwise share with the islands): 'shared', what every
// page needs (the layout, the framework, what the dashboard and an embed page both import), and
// 'start', what only the dashboard's own page needs. An embed page (`/embed/<chart>`) loads 'shared'
// and its own chunk, not the dashboard's filter, header and first chart. Each is read from the
// module graph as it is chunked (the modules an entry reaches through static imports): what only an
// island, the export or another `import()` reaches stays out of both, whatever folder it is in, so
// a new file cannot slip into (or out of) the page's start by where it was put. SvelteKit's own
// runtime keeps the chunks SvelteKit gives it, and so does its generated list of pages (`app.js`):
// in 'shared', SvelteKit's search for the stylesheets a prerendered embed page needs went through
// the dashboard's page first and filed the dashboard's under it (docs/decisions.md, "Embed pages
// styled before they go live"). The islands keep chunks of their own: grouped into one, they would
// no longer be entries SvelteKit can find in the build manifest, and their stylesheets would not be
// linked from the page. `npm run size -- --budget=…` in CI notices growth.
const KIT =
	/\/node_modules\/@sveltejs\/kit\/|\/\.svelte-kit\/generated\/client-optimized\/app\.js$/;
const DASHBOARD = /\/src\/routes\/\+page\.svelte$/;
const EMBED = /\/src\/routes\/embed\//;

/**
 * @typedef {{ isEntry: boolean, importers: readonly string[], importedIds: readonly string[] }} ModuleInfo
 * @typedef {{ getModuleInfo(id: string): ModuleInfo | null }} ModuleGraph
 */

/**
 * Whether `id` is reached through static imports only from an entry `counts` accepts.
 * @param {string} id
 * @param {ModuleGraph} graph
 * @param {Map<string, boolean>} known answers so far (one chunking pass, one kind of entry)
 * @param {(info: ModuleInfo) => boolean} [counts] which entries count; every one by default
 * @returns {boolean}
 */
export function staticallyReached(id, graph, known, counts = () => true) {
	const answer = known.get(id);
	if (answer !== undefined) return answer;
	known.set(id, false); // a cycle back to here proves nothing
	const info = graph.getModuleInfo(id);
	/** @type {boolean} */
	const reached =
		!!info &&
		((info.isEntry && counts(info)) ||
			info.importers.some((/** @type {string} */ i) => staticallyReached(i, graph, known, counts)));
	known.set(id, reached);
	return reached;
}

/**
 * Which page an entry starts: SvelteKit's node for the dashboard or for an embed page, or neither
 * (the layout, the app, the error page: every page's).
 * @param {ModuleInfo} info
 * @returns {'dashboard' | 'embed' | 'every'}
 */
export function pageOf(info) {
	if (info.importedIds.some((i) => DASHBOARD.test(i))) return 'dashboard';
	if (info.importedIds.some((i) => EMBED.test(i))) return 'embed';
	return 'every';
}

/**
 * The chunk a module goes into: 'shared', 'start', or null (Vite's own splitting).
 * @param {(kind: 'dashboard' | 'embed' | 'every') => boolean} reachedFrom
 * @returns {'shared' | 'start' | null}
 */
export function chunkOf(reachedFrom) {
	if (reachedFrom('every')) return 'shared';
	if (!reachedFrom('dashboard')) return null;
	return reachedFrom('embed') ? 'shared' : 'start';
}

/**
 * With `ISLANDS=off` (the benchmark's baseline, see docs/decisions.md), every island is an ordinary
 * part of the page in the browser too: imported with the page, hydrated with it, and split into
 * chunks by Vite's defaults.
 * @returns {import('vite').Plugin}
 */
export function islands() {
	const off = process.env.ISLANDS === 'off';
	/** @type {Record<'dashboard' | 'embed' | 'every', Map<string, boolean>>} */
	const known = { dashboard: new Map(), embed: new Map(), every: new Map() };
	/** @param {string} id @param {ModuleGraph} graph */
	const group = (id, graph) =>
		(/[\0?]/.test(id) && !id.startsWith(PREFIX)) || KIT.test(id)
			? null
			: chunkOf((kind) =>
					staticallyReached(id, graph, known[kind], (info) => pageOf(info) === kind)
				);
	/** @type {import('vite').Plugin} */
	const plugin = {
		name: 'ml-careers:islands',
		enforce: 'pre',
		// The browser's build only (SvelteKit's server build does not set `isSsrBuild`, so the
		// environment's name tells them apart).
		/** @param {string} name @param {unknown} _ @param {import('vite').ConfigEnv} env */
		configEnvironment(name, _, { command }) {
			if (off || command !== 'build' || name !== 'client') return;
			return {
				build: {
					rollupOptions: {
						output: {
							codeSplitting: {
								groups: [{ name: group }]
							}
						}
					}
				}
			};
		},
		/**
		 * @this {import('vite').Rolldown.PluginContext}
		 * @param {string} source @param {string | undefined} importer @param {{ ssr?: boolean }} options
		 * @returns {Promise<string | null>}
		 */
		async resolveId(source, importer, options) {
			const ssr = off || options?.ssr === true;
			if (source.endsWith(QUERY)) {
				const real = await this.resolve(source.slice(0, -QUERY.length), importer, {
					...options,
					skipSelf: true
				});
				return real ? PREFIX + real.id + SUFFIX : null;
			}
			if (ssr && source.endsWith('/islands/Island.svelte')) {
				const real = await this.resolve(source, importer, { ...options, skipSelf: true });
				return real ? real.id.replace(/Island\.svelte$/, 'Island.ssr.svelte') : null;
			}
			return null;
		},
		/** @param {string} id @param {{ ssr?: boolean }} [options] */
		load(id, options) {
			if (!id.startsWith(PREFIX)) return null;
			if (off)
				return `export { default } from ${JSON.stringify(id.slice(PREFIX.length, -SUFFIX.length))};\n`;
			const ssr = options?.ssr === true;
			const file = JSON.stringify(id.slice(PREFIX.length, -SUFFIX.length));
			return ssr
				? `const m = await import(${file});\nexport default m.default;\n`
				: `export default { load: () => import(${file}) };\n`;
		}
	};
	return plugin;
}
