/**
 * Full screen, for each chart: the Fullscreen API where the browser has it, the figure laid over the
 * page where it does not. The chart is laid out again for that size; leaving returns to the same
 * scroll position with the focus on the button.
 */
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

const width = (page: Page, id: string) =>
	page.locator(`#${id} .body`).evaluate((b) => Math.round(b.getBoundingClientRect().width));

test('the Fullscreen API: in and out, the chart laid out again, the focus and the place kept', async ({
	page
}) => {
	await page.setViewportSize({ width: 1000, height: 700 });
	await page.goto('/');
	const figure = page.locator('#skill-heatmap');
	await figure.scrollIntoViewIfNeeded();
	const button = figure.getByRole('button', { name: 'Full screen' });
	await button.focus();
	const before = {
		scroll: await page.evaluate(() => scrollY),
		width: await width(page, 'skill-heatmap')
	};
	await page.keyboard.press('Enter');
	await expect
		.poll(() => page.evaluate(() => document.fullscreenElement?.id))
		.toBe('skill-heatmap');
	await expect(figure.getByRole('button', { name: 'Leave full screen' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	// Laid out again for the screen: wider than in the page's column.
	await expect.poll(() => width(page, 'skill-heatmap')).toBeGreaterThan(before.width);
	await expect(figure.locator('.heat-wide .cell').first()).toBeVisible();
	await page.keyboard.press('Enter');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
	await expect(figure.getByRole('button', { name: 'Full screen' })).toBeFocused();
	expect(Math.abs((await page.evaluate(() => scrollY)) - before.scroll)).toBeLessThanOrEqual(2);
	await expect.poll(() => width(page, 'skill-heatmap')).toBe(before.width);
});

test('without the Fullscreen API: the chart over the page, Escape leaves, focus and place kept', async ({
	page
}) => {
	await page.addInitScript(() => {
		// As on a phone whose browser has no full screen for elements.
		Object.defineProperty(Element.prototype, 'requestFullscreen', { value: undefined });
	});
	await page.setViewportSize({ width: 1000, height: 700 });
	await page.goto('/');
	const figure = page.locator('#salary-vs-growth');
	await page.evaluate(() => scrollTo({ top: 200, behavior: 'instant' }));
	await expect(figure.getByRole('button', { name: 'Full screen' })).toBeInViewport();
	const scroll = await page.evaluate(() => scrollY);
	expect(scroll).toBe(200);
	await figure.getByRole('button', { name: 'Full screen' }).click();
	await expect(figure).toHaveClass(/overlay/);
	const box = await figure.boundingBox();
	expect(box).toEqual({ x: 0, y: 0, width: 1000, height: 700 });
	await expect(figure.locator('.point')).toHaveCount(7);
	expect(await axeViolations(page)).toEqual([]);
	// Tab stays within the chart laid over the page: from its last control back to its first.
	const leave = figure.getByRole('button', { name: 'Leave full screen' });
	await leave.focus();
	await page.keyboard.press('Shift+Tab');
	expect(await page.evaluate(() => !!document.activeElement?.closest('#salary-vs-growth'))).toBe(
		true
	);
	await expect(leave).not.toBeFocused();
	await page.keyboard.press('Tab');
	await expect(leave).toBeFocused();
	// A tooltip open takes the first Escape; the next leaves.
	await figure.locator('.point').first().focus();
	await expect(figure.locator('.tooltip')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(figure.locator('.tooltip')).toBeHidden();
	await expect(figure).toHaveClass(/overlay/);
	await page.keyboard.press('Escape');
	await expect(figure).not.toHaveClass(/overlay/);
	await expect(figure.getByRole('button', { name: 'Full screen' })).toBeFocused();
	expect(Math.abs((await page.evaluate(() => scrollY)) - scroll)).toBeLessThanOrEqual(2);
});

test('in full screen the scatter takes the height the screen leaves it', async ({ page }) => {
	const figure = page.locator('#salary-vs-growth');
	const box = figure.locator('.chart-box');
	const bottomOf = (selector: string) =>
		figure.locator(selector).evaluate((el) => el.getBoundingClientRect().bottom);
	for (const [w, h] of [
		[844, 390],
		[1600, 1000]
	] as const) {
		await page.setViewportSize({ width: w, height: h });
		await page.goto('/');
		const inPage = await box.evaluate((b) => b.getBoundingClientRect().height);
		await figure.getByRole('button', { name: 'Full screen' }).click();
		await expect
			.poll(() => page.evaluate(() => document.fullscreenElement?.id))
			.toBe('salary-vs-growth');
		if (h < inPage) {
			// A phone held sideways: the whole chart on the screen, down to its axis title.
			await expect.poll(() => bottomOf('.axis-x .title')).toBeLessThanOrEqual(h);
			await expect
				.poll(() => box.evaluate((b) => b.getBoundingClientRect().height))
				.toBeLessThan(inPage);
		} else {
			// A large screen: a taller chart, with the controls and the source still on the screen.
			await expect
				.poll(() => box.evaluate((b) => b.getBoundingClientRect().height))
				.toBeGreaterThan(inPage + 200);
			await expect.poll(() => bottomOf('figcaption')).toBeLessThanOrEqual(h);
		}
		// Laid out for that height: the plot's bottom edge is the box's, less its margin for the axis.
		const [plot, chart] = await Promise.all([
			bottomOf('.axis-x .baseline'),
			bottomOf('.chart-box')
		]);
		expect(chart - plot).toBeGreaterThan(40);
		expect(chart - plot).toBeLessThan(70);
		await figure.getByRole('button', { name: 'Leave full screen' }).click();
		await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
		await expect.poll(() => box.evaluate((b) => b.getBoundingClientRect().height)).toBe(inPage);
	}
});
