import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

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
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// A small dataset sends its roles' words with the page and has no details chunk to write;
			// any other route left unrendered is a mistake.
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((r) => r !== '/details/[chunk].json')) throw new Error(message);
			}
		}
	}
};

export default config;
