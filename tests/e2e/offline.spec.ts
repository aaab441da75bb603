/**
 * Offline after the first visit (the site's service worker, `src/service-worker.ts`): with the
 * network off, a reload shows every chart, the filter and the comparison work, an export downloads,
 * and a dataset the reader opened is still there. A new build's worker waits until the page offers
 * the reload and the reader takes it; then the old build's cache is gone.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serveStatic } from '../../scripts/serve.mjs';
import {
	axeViolations,
	closeFilter,
	expect,
	gotoReady,
	keptInBrowser,
	openFilter,
	test
} from './fixtures';

test.use({ serviceWorkers: 'allow' });

/** Waits until the site's worker controls the page and has cached this build's site. */
async function cached(page: Page) {
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, {
		timeout: 20_000
	});
	return page.evaluate(async () => {
		const keys = await caches.keys();
		const cache = await caches.open(keys.find((k) => k.startsWith('ml-careers-explorer:'))!);
		return { keys, files: (await cache.keys()).length };
	});
}

test('offline after the first visit: every chart, the filter, the comparison, an export', async ({
	page,
	context
}) => {
	await page.goto('/');
	const { files } = await cached(page);
	expect(files).toBeGreaterThan(20);
	await context.setOffline(true);
	await page.goto('/?compare=data-scientist,ai-engineer');
	await expect(page.locator('#salary-vs-growth .point')).toHaveCount(7);
	await expect(page.locator('#skill-heatmap .heat-wide .cell').first()).toBeVisible();
	await expect(page.locator('#compare-pay-growth .differences')).toContainText('AI engineer');
	await expect(page.locator('#requirements-overview')).toBeVisible();
	await openFilter(page);
	await page.getByRole('checkbox', { name: /^Python/ }).check();
	await expect(page.getByRole('status').filter({ hasText: /roles? match/ })).toHaveText(
		'4 of 7 roles match Python'
	);
	await closeFilter(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('#salary-vs-growth').getByRole('button', { name: 'Download CSV' }).click()
	]);
	const csv = readFileSync((await download.path())!, 'utf8')
		.trim()
		.split('\n');
	expect(csv).toHaveLength(5);
	// The PNG too: drawn on the page, nothing fetched.
	const [png] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('#salary-vs-growth').getByRole('button', { name: 'Download PNG' }).click()
	]);
	expect(
		readFileSync((await png.path())!)
			.subarray(1, 4)
			.toString()
	).toBe('PNG');
});

test('offline: a dataset the reader opened is still there after a reload', async ({
	page,
	context
}) => {
	await page.goto('/');
	await cached(page);
	await page.getByRole('button', { name: 'Use your own data' }).click();
	const panel = page.getByRole('dialog', { name: 'Use your own data' });
	await panel.locator('input[type="file"]').setInputFiles('tests/fixtures/own-roles.csv');
	await panel.getByRole('button', { name: 'Show “own roles” (5 roles)' }).click();
	await expect(page.locator('h1')).toHaveText('own roles');
	await keptInBrowser(page);
	await context.setOffline(true);
	await page.reload();
	await expect(page.locator('h1')).toHaveText('own roles');
	await expect(page.locator('#salary-vs-growth .point')).toHaveCount(5);
});

test('a new build: its worker waits, the page offers the reload, and then it is the only one', async ({
	browser
}) => {
	// A site of its own on its own port, so it can be deployed again under the test.
	const dir = mkdtempSync(join(tmpdir(), 'site-'));
	cpSync('build', dir, { recursive: true });
	const server = await serveStatic({ dir, port: 4196 });
	const context = await browser.newContext({ serviceWorkers: 'allow' });
	const page = await context.newPage();
	try {
		await gotoReady(page, 'http://localhost:4196/');
		const first = await cached(page);
		expect(first.keys).toHaveLength(1);
		// The next deploy: what changes for the browser is the worker's file, with the new build's
		// version in it (the same files otherwise, as a build that changed only data would be).
		const { version } = JSON.parse(readFileSync(join(dir, '_app/version.json'), 'utf8'));
		const next = String(Number(version) + 1);
		const file = join(dir, 'service-worker.js');
		writeFileSync(file, readFileSync(file, 'utf8').replaceAll(version, next));
		writeFileSync(join(dir, '_app/version.json'), JSON.stringify({ version: next }));
		// The reader comes back to the tab: the page asks for a new build and finds it.
		await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
		const notice = page.getByRole('status').filter({ hasText: 'A newer version' });
		await expect(notice).toHaveText(/A newer version of this page is ready\./, {
			timeout: 20_000
		});
		expect(await axeViolations(page)).toEqual([]);
		// Until the reader chooses, the page stays on the build it started with.
		expect(await page.evaluate(() => caches.keys())).toEqual(
			expect.arrayContaining([`ml-careers-explorer:${version}`, `ml-careers-explorer:${next}`])
		);
		await Promise.all([
			page.waitForEvent('load'),
			notice.getByRole('button', { name: 'Reload' }).click()
		]);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await expect
			.poll(() => page.evaluate(() => caches.keys()))
			.toEqual([`ml-careers-explorer:${next}`]);
		await expect(page.locator('#salary-vs-growth .point')).toHaveCount(7);
		await expect(notice).toHaveCount(0);
	} finally {
		await context.close();
		server.close();
		rmSync(dir, { recursive: true, force: true });
	}
});
