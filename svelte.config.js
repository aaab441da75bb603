import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The Content-Security-Policy: scripts, styles sheets, fonts, workers and requests from this site
 * only; images also from `data:` and `blob:` (the exports draw and download through them); no
 * plugins, no <base>, no form posting elsewhere. `style-src-attr 'unsafe-inline'` is the one
 * allowance: the prerendered charts carry `style` attributes (positions, sizes, colours) that Svelte
 * writes and does not write again when the page hydrates. `style-src` is the fallback for browsers
 * that do not know the two finer directives.
 * @type {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>}
 */
export const CSP = {
	'default-src': ['self'],
	'script-src': ['self'],
	'style-src': ['self', 'unsafe-inline'],
	'style-src-elem': ['self'],
	'style-src-attr': ['unsafe-inline'],
	'img-src': ['self', 'data:', 'blob:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'worker-src': ['self'],
	'manifest-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered to plain HTML: the site needs no server at run time.
		// BUILD_DIR lets a second build (say, of a generated large dataset) sit beside the main one.
		adapter: adapter({
			strict: true,
			pages: process.env.BUILD_DIR || 'build',
			assets: process.env.BUILD_DIR || 'build'
		}),
		alias: { $data: 'data' },
		// A strict Content-Security-Policy, written into every prerendered page as a <meta> tag with
		// the hash of SvelteKit's one inline script. What a <meta> tag cannot carry (frame-ancestors)
		// and the other security headers are in static/_headers. See docs/decisions.md for style-src.
		csp: { mode: 'hash', directives: CSP },
		// The page's stylesheets are written into it: on a slow phone connection, seven stylesheet
		// requests before the first paint cost more than their 7 KB (gzipped) in the page.
		inlineStyleThreshold: 32_768,
		// Registered by the page itself, and only in a build (see src/lib/offline/).
		serviceWorker: { register: false },
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// A small dataset sends its roles and their words with the page, and has no roles file or
			// details chunk to write; any other route left unrendered is a mistake.
			handleUnseenRoutes: ({ routes, message }) => {
				const optional = ['/details/[chunk].json', '/roles/[version].json'];
				if (routes.some((r) => !optional.includes(r))) throw new Error(message);
			}
		}
	}
};

export default config;
