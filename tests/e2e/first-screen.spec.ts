/**
 * The chart on the first screen, and the filter as a compact bar that stays in reach: on a laptop
 * (1280×800) and a phone (390×844).
 */
import type { Page } from '@playwright/test';
import { expect, filterButton, openFilter, closeFilter, test } from './fixtures';

/** How much of a box the viewport shows, from 0 to 1 (vertically; the page never scrolls sideways). */
async function shownFraction(page: Page, selector: string) {
	const box = (await page.locator(selector).first().boundingBox())!;
	const height = page.viewportSize()!.height;
	return (Math.min(box.y + box.height, height) - Math.max(box.y, 0)) / box.height;
}

const plot = '#salary-vs-growth .chart-box svg.layercake-layout-svg';

test('1280×800: at least half the scatter’s plot is on the first screen', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	expect(await shownFraction(page, plot)).toBeGreaterThanOrEqual(0.5);
	// With a filter from a link the bar says it in a line, and the plot is still in sight.
	await page.goto('/?skills=python,sql&match=all');
	await expect(page.locator('#filter-summary')).toHaveText('Python, SQL · all of · 2 of 7 roles');
	expect(await shownFraction(page, plot)).toBeGreaterThanOrEqual(0.5);
});

test('390×844: the scatter’s title and the top of its plot are on the first screen', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	const title = (await page.locator('#salary-vs-growth h2').boundingBox())!;
	expect(title.y).toBeGreaterThanOrEqual(0);
	expect(title.y + title.height).toBeLessThanOrEqual(844);
	const box = (await page.locator(plot).boundingBox())!;
	expect(box.y).toBeLessThan(844 - 40);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
});

test('on Lighthouse’s phone (412×823) the page holds at most 800 elements once live', async ({
	browser
}) => {
	// What Lighthouse counts (the body's elements) at the end of its load: the page live, nothing
	// below the first screens woken, idle. A page of its own: the fixture's wakes every island.
	const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
	const page = await context.newPage();
	await page.goto('/');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.waitForTimeout(1500);
	// The first chart is live; nothing below the first screen is.
	await expect(page.locator('[data-island="scatter"]')).toHaveAttribute('data-live', '');
	await expect(page.locator('[data-island][data-live]')).toHaveCount(1);
	const count = await page.evaluate(() => document.body.querySelectorAll('*').length);
	expect(count).toBeGreaterThan(700);
	expect(count).toBeLessThanOrEqual(800);
	await context.close();
});

test('the bar states what is ticked, and stays in reach over the heatmap', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	const summary = page.locator('#filter-summary');
	await expect(summary).toHaveText('No skills ticked · 7 roles');
	await openFilter(page);
	await page.getByRole('checkbox', { name: /^Python/ }).check();
	await expect(summary).toHaveText('Python · any of · 4 of 7 roles');
	await page.getByRole('checkbox', { name: /^SQL/ }).check();
	await expect(summary).toHaveText('Python, SQL · any of · 4 of 7 roles');
	await page.getByRole('radio', { name: 'all of' }).check();
	await expect(summary).toHaveText('Python, SQL · all of · 2 of 7 roles');
	await closeFilter(page);

	// Down at the heatmap, the bar is at the top of the screen and the filter changes from there.
	const heat = page.locator('#skill-heatmap .heat-wide');
	await heat.scrollIntoViewIfNeeded();
	const bar = (await page.locator('.filter .bar').boundingBox())!;
	expect(bar.y).toBeGreaterThanOrEqual(0);
	expect(bar.y).toBeLessThan(20);
	await expect(heat.locator('g.role.dimmed')).toHaveCount(5);
	const scrolled = await page.evaluate(() => scrollY);
	await openFilter(page);
	await page.getByRole('checkbox', { name: /^SQL/ }).uncheck();
	await expect(summary).toHaveText('Python · all of · 4 of 7 roles');
	await expect(heat.locator('g.role.dimmed')).toHaveCount(3);
	// Nothing moved under the reader: the panel opens over the page.
	expect(await page.evaluate(() => scrollY)).toBe(scrolled);
	// A click on the chart closes it.
	await page.mouse.click(640, 780);
	await expect(page.locator('#filter-panel')).toBeHidden();
	// The heatmap's heading, scrolled to by its link, is not hidden under the bar.
	await page.goto('/?skills=python#skill-heatmap');
	const heading = (await page.locator('#skill-heatmap h2').boundingBox())!;
	const barNow = (await page.locator('.filter .bar').boundingBox())!;
	expect(heading.y).toBeGreaterThanOrEqual(barNow.y + barNow.height);
});

test('on a phone the panel is a sheet from the bottom; Done gives the focus back to the bar', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	const button = filterButton(page);
	await button.focus();
	await page.keyboard.press('Enter');
	const panel = page.locator('#filter-panel');
	await expect(panel).toBeVisible();
	const sheet = (await panel.boundingBox())!;
	expect(Math.round(sheet.y + sheet.height)).toBe(844);
	expect(sheet.width).toBe(390);
	// The bar was brought to the top of the screen, above the sheet, and the scatter's title with it.
	const bar = (await page.locator('.filter .bar').boundingBox())!;
	expect(bar.y).toBeGreaterThanOrEqual(0);
	expect(bar.y).toBeLessThan(20);
	const title = (await page.locator('#salary-vs-growth h2').boundingBox())!;
	expect(title.y).toBeGreaterThan(bar.y + bar.height);
	expect(sheet.y).toBeGreaterThan(title.y + title.height);
	await page.getByRole('checkbox', { name: /^Python/ }).check();
	await expect(page.locator('#filter-summary')).toHaveText('Python · any of · 4 of 7 roles');
	await page.getByRole('button', { name: 'Done' }).click();
	await expect(panel).toBeHidden();
	await expect(button).toBeFocused();
	await expect(page).toHaveURL(/\?skills=python$/);
});

test('the first paint waits for nothing it does not need: styles in the page, scripts at low priority', async ({
	page
}) => {
	for (const path of ['/', '/embed/skill-heatmap']) {
		const html = await (await page.request.get(path)).text();
		const head = html.slice(0, html.indexOf('</head>'));
		// Every script the page preloads is asked for at low priority (src/hooks.server.ts).
		const preloads = head.match(/<link[^>]*rel="modulepreload"[^>]*>/g) ?? [];
		expect(preloads.length, path).toBeGreaterThan(2);
		for (const link of preloads) expect(link, path).toContain('fetchpriority="low"');
		// Its styles are written into it: no style sheet to fetch before the first paint.
		const style = head.slice(head.indexOf('<style'), head.indexOf('</style>'));
		expect(style, path).toContain(':root{');
		expect(style.length, path).toBeGreaterThan(10_000);
		for (const link of head.match(/<link[^>]*rel="stylesheet"[^>]*>/g) ?? [])
			expect(link, path).toContain('disabled');
	}
});

test('SvelteKit’s start fetches no script at high priority, the error page’s code included', async ({
	page
}) => {
	// SvelteKit's client fetches its error page's code as it starts; not preloaded, that was a
	// high-priority request Lighthouse's simulation counted into the first paint
	// (src/lib/server/preloads.ts). Every file SvelteKit starts a page with: its entries and nodes.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	const fetched: { url: string; priority: string }[] = [];
	cdp.on('Network.requestWillBeSent', (e) => {
		if (/\/_app\/immutable\/(entry|nodes)\/[^/]+\.js$/.test(e.request.url))
			fetched.push({
				url: e.request.url.replace(/.*\/_app\/immutable\//, ''),
				priority: e.request.initialPriority
			});
	});
	for (const [path, node] of [
		['/', 'nodes/2'],
		['/embed/skill-heatmap', 'nodes/3']
	] as const) {
		fetched.length = 0;
		await page.goto(path);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const files = () => fetched.map((f) => f.url.replace(/\.[^.]+\.js$/, ''));
		await expect
			.poll(files)
			.toEqual(expect.arrayContaining(['entry/start', 'entry/app', 'nodes/0', 'nodes/1', node]));
		expect(
			fetched.filter((f) => f.priority !== 'Low'),
			path
		).toEqual([]);
	}
});
