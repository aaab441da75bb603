import { defineConfig } from '@playwright/test';

const PORT = 4174;

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
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		},
		trace: 'off'
	},
	webServer: {
		command: `npx vite preview --port ${PORT} --strictPort`,
		port: PORT,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
