import type { Page } from '@playwright/test';
import {
	expect,
	expectOnlyWorkingControls,
	gotoReady,
	keepParsed,
	SEED,
	axeViolations,
	test
} from './fixtures';

test.describe('salary-vs-growth scatter', () => {
	test('plots all seven roles with the seed’s values', async ({ page }) => {
		await page.goto('/');
		const figure = page.getByRole('figure', { name: 'Median pay against projected job growth' });
		await expect(figure).toBeVisible();
		for (const role of SEED) {
			await expect(
				figure.getByRole('button', {
					name: `${role.title}: median total pay ${role.pay}, projected growth ${role.growth} (2024–2034)`
				})
			).toHaveCount(1);
		}
		await expect(figure.locator('figcaption')).toContainText(
			'Glassdoor median total pay, April 2026'
		);
		await expect(figure.locator('figcaption')).toContainText('BLS projections 2024–2034');
	});

	test('points sit where their values say', async ({ page }) => {
		await page.goto('/');
		const box = async (id: string) =>
			(await page.locator(`[data-role="${id}"] .mark`).boundingBox())!;
		const mle = await box('machine-learning-engineer');
		const ai = await box('ai-engineer');
		const ds = await box('data-scientist');
		const se = await box('software-engineer');
		// Same growth (20%): same x. Higher pay: higher up.
		expect(Math.abs(mle.x - ai.x)).toBeLessThan(1);
		expect(mle.y).toBeLessThan(ai.y);
		// Data scientist grows fastest (rightmost); software engineer slowest (leftmost).
		expect(ds.x).toBeGreaterThan(mle.x);
		expect(se.x).toBeLessThan(ai.x);
	});

	test('is in the prerendered HTML, before any JavaScript runs', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page.locator('.point')).toHaveCount(7);
		// Labelled as on a phone (the next test), the longest name over its point.
		await expect(page.locator('.labels text')).toHaveCount(7);
		await expect(page.getByText('Median $142,000')).toBeVisible();
		// Its data table is there too: "Show data" opens without any script.
		const fig = page.locator('#salary-vs-growth');
		await fig.getByText('Show data').click();
		await expect(fig.locator('tbody tr')).toHaveCount(7);
		await context.close();
	});

	test('prerendered as a phone draws it: every text inside the chart, none moved going live', async ({
		browser
	}) => {
		// Each text of the chart (labels, ticks, notes, axis titles): its words, its place, and
		// whether it lies within the chart's box.
		const texts = (page: Page) =>
			page.locator('#salary-vs-growth [data-export-chart] svg text').evaluateAll((els) =>
				els.map((t) => {
					const box = t.closest('[data-export-chart]')!.getBoundingClientRect();
					const r = t.getBoundingClientRect();
					const inside = r.left >= box.left && r.right <= box.right && r.top >= box.top;
					const at = ['x', 'y', 'dx', 'dy', 'text-anchor'].map((a) => t.getAttribute(a));
					return { text: t.textContent, at, inside };
				})
			);
		// The narrowest phone the page is made for, and the one Lighthouse emulates.
		for (const width of [360, 412]) {
			const viewport = { width, height: 800 };
			const still = await browser.newContext({ viewport, javaScriptEnabled: false });
			const prerendered = await still.newPage();
			await prerendered.goto('/');
			const before = await texts(prerendered);
			await still.close();
			expect(before.filter((l) => !l.inside)).toEqual([]);
			// Every role named, the longest name over its point shifted inside the plot.
			for (const role of SEED) expect(before.map((l) => l.text)).toContain(role.title);
			expect(before.map((l) => l.text)).toContain('Median $142,000');

			const context = await browser.newContext({ viewport });
			const page = await context.newPage();
			await page.goto('/');
			await expect(page.locator('[data-island="scatter"]')).toHaveAttribute('data-live', '');
			expect(await texts(page)).toEqual(before);
			await context.close();
		}
	});

	test('as prerendered, it goes live on its prerendered markup; a link with a filter draws it afresh', async ({
		page
	}) => {
		// The first point as parsed, before any script of the page runs.
		const parsed = await keepParsed(page, '#salary-vs-growth .point');
		const kept = async () => (await parsed())[0];
		const island = page.locator('[data-island="scatter"]');
		await page.goto('/');
		await expect(island).toHaveAttribute('data-live', '');
		expect(await kept()).toBe(true);
		// Live: hovering a kept point shows its tooltip.
		await page.locator('[data-role="data-scientist"] .mark').hover();
		await expect(page.locator('.tooltip')).toContainText('$155,000');

		await page.goto('/?skills=python');
		await expect(island).toHaveAttribute('data-live', '');
		expect(await kept()).toBe(false);
		await expect(page.locator('#salary-vs-growth .subtitle')).toContainText('Python');
		await expect(page.locator('#salary-vs-growth .point')).toHaveCount(7);
	});

	test('without JavaScript, no control that needs it is on screen', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page.locator('.point')).toHaveCount(7);
		// The filter, exports, full screen, sharing, own data, the picker and the sort are left out.
		await expectOnlyWorkingControls(page);
		await expect(page.getByText('Rows sorted by median pay, highest first.')).toBeVisible();
		await context.close();
	});

	test('goes live without moving: no layout shift, on a desktop or a tablet', async ({
		browser
	}) => {
		// On the tablet, the chart's export controls take two lines and are on the first screen.
		for (const viewport of [
			{ width: 1280, height: 720 },
			{ width: 800, height: 1180 }
		]) {
			const context = await browser.newContext({ viewport });
			const page = await context.newPage();
			await page.addInitScript(() => {
				(window as unknown as { __cls: number }).__cls = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries() as unknown as Array<{
						value: number;
						hadRecentInput: boolean;
					}>) {
						if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
					}
				}).observe({ type: 'layout-shift', buffered: true });
			});
			await page.goto('/', { waitUntil: 'networkidle' });
			await expect(page.locator('#salary-vs-growth .size')).toHaveText(/ × /);
			await page.waitForTimeout(300);
			const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
			expect(cls, `${viewport.width} × ${viewport.height}`).toBeLessThan(0.01);
			await context.close();
		}
	});

	test('hover shows a tooltip with pay, growth and source', async ({ page }) => {
		await page.goto('/');
		await page.locator('[data-role="data-scientist"] .mark').hover();
		const tip = page.locator('.tooltip');
		await expect(tip).toBeVisible();
		await expect(tip).toContainText('Data scientist');
		await expect(tip).toContainText('$155,000');
		await expect(tip).toContainText('34%');
		await expect(tip).toContainText('Glassdoor [3]');
		await page.mouse.move(0, 0);
		await expect(tip).toHaveCount(0);
	});

	test('keyboard: Tab into the chart, arrows move between points, tooltip follows', async ({
		page
	}) => {
		await page.goto('/');
		const first = page.locator('.point[tabindex="0"]');
		await expect(first).toHaveCount(1);
		await first.focus();
		// The slowest-growing role takes Tab first; Right goes to the next-fastest.
		await expect(first).toHaveAttribute('data-role', 'software-engineer');
		await expect(page.locator('.tooltip')).toContainText('Software engineer');
		await page.keyboard.press('ArrowRight');
		await expect(page.locator(':focus')).toHaveAttribute(
			'data-role',
			'business-intelligence-developer'
		);
		await expect(page.locator('.tooltip')).toContainText('$132,000');
		await page.keyboard.press('End');
		await expect(page.locator(':focus')).toHaveAttribute('data-role', 'data-scientist');
		await page.keyboard.press('ArrowUp');
		await expect(page.locator(':focus')).toHaveAttribute('data-role', 'machine-learning-engineer');
		// Only one point is ever in the tab order.
		await expect(page.locator('.point[tabindex="0"]')).toHaveCount(1);
		await page.keyboard.press('Escape');
		await expect(page.locator('.tooltip')).toHaveCount(0);
	});

	test('reaching the chart by Tab alone', async ({ page }) => {
		await page.goto('/');
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			if (await page.locator('.point:focus').count()) break;
		}
		await expect(page.locator('.point:focus')).toHaveCount(1);
	});

	test('the data table holds the same numbers', async ({ page }) => {
		await page.goto('/');
		const figure = page.getByRole('figure', { name: 'Median pay against projected job growth' });
		await figure.getByText('Show data').click();
		const table = figure.getByRole('table');
		await expect(table).toBeVisible();
		const rows = table.locator('tbody tr');
		await expect(rows).toHaveCount(7);
		for (const role of SEED) {
			const row = table.locator(`tr[data-role="${role.id}"]`);
			await expect(row.locator('th')).toHaveText(role.title);
			await expect(row.locator('td').nth(0)).toHaveText(role.pay);
			await expect(row.locator('td').nth(1)).toHaveText(role.growth);
		}
		await expect(rows.first().locator('th')).toHaveText('Machine learning engineer');
	});

	test('axe finds no violation (light and dark)', async ({ page }) => {
		await page.goto('/');
		await page.getByText('Show data').first().click();
		expect(await axeViolations(page)).toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await axeViolations(page)).toEqual([]);
	});

	test('fits a 360 px phone without sideways scrolling', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
		const page = await context.newPage();
		await gotoReady(page, '/');
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(360);
		await expect(page.locator('.point')).toHaveCount(7);
		await context.close();
	});
});
