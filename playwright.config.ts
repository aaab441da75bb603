import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/chromium.mjs';

const PORT = 4174;
/** A second build, of a generated 1,000-role dataset, for the large-data tests (see scripts/test.mjs). */
export const LARGE_PORT = 4175;
/** A third build, of a hand-made dataset with words of its own (tests/fixtures/occupations.json). */
export const OTHER_PORT = 4176;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	// Two cores: one browser per core.
	workers: 2,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://localhost:${PORT}`,
		launchOptions: {
			// Found by scripts/chromium.mjs (CHROMIUM_PATH, Playwright's browser, or Debian's chromium).
			executablePath: process.env.CHROMIUM_PATH || undefined,
			args: CHROMIUM_ARGS
		},
		trace: 'off',
		// The site's service worker answers from its cache, out of sight of `page.route` and of a
		// page's request events: the offline tests turn it on (tests/e2e/offline.spec.ts).
		serviceWorkers: 'block'
	},
	// Served as a static host would serve them: plain files, gzip, nothing else.
	webServer: [
		{
			command: `node scripts/serve.mjs build ${PORT}`,
			url: `http://localhost:${PORT}/`,
			reuseExistingServer: false,
			timeout: 60_000
		},
		{
			command: `node scripts/serve.mjs build-large ${LARGE_PORT}`,
			url: `http://localhost:${LARGE_PORT}/`,
			reuseExistingServer: false,
			timeout: 60_000
		},
		{
			command: `node scripts/serve.mjs build-other ${OTHER_PORT}`,
			url: `http://localhost:${OTHER_PORT}/`,
			reuseExistingServer: false,
			timeout: 60_000
		}
	]
});
