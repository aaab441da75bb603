/**
 * WCAG 2.2 AA in every state (axe with the WCAG 2.0–2.2 A/AA and best-practice rules, violations of
 * any impact), forced colours (Windows' high-contrast modes, emulated) and reflow at 320 CSS px.
 * The description a chart's `aria-describedby` points to follows the filter.
 */
import type { Page } from '@playwright/test';
import {
	axeViolations,
	closeFilter,
	expect,
	FONTS,
	gotoReady,
	openFilter,
	test,
	useFont
} from './fixtures';

const FOUR = 'machine-learning-engineer,data-scientist,ai-engineer,software-engineer';
const FIGURES = [
	'salary-vs-growth',
	'skill-heatmap',
	'compare-pay-growth',
	'compare-requirements',
	'requirements-overview'
];

/** Scrolls through the whole page, so every section has drawn what a reader would see. */
async function scrollThrough(page: Page) {
	for (const id of FIGURES) await page.locator(`#${id}`).scrollIntoViewIfNeeded();
	await page.evaluate(() => window.scrollTo(0, 0));
}

test.describe('axe: no violation in any state', () => {
	// axe reads every element of the page: several seconds a run on this machine's two cores.
	test.describe.configure({ timeout: 90_000 });
	test('the first screen, light and dark', async ({ page }) => {
		await page.goto('/');
		expect(await axeViolations(page)).toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await axeViolations(page)).toEqual([]);
	});

	test('a filtered view, every section drawn, light and dark', async ({ page }) => {
		await page.goto('/?skills=python,sql&match=all');
		await scrollThrough(page);
		expect(await axeViolations(page)).toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await axeViolations(page)).toEqual([]);
	});

	test('a comparison of four roles', async ({ page }) => {
		await page.goto(`/?compare=${FOUR}&skills=python`);
		await expect(page.locator('#compare-pay-growth .differences')).toBeVisible();
		await scrollThrough(page);
		expect(await axeViolations(page)).toEqual([]);
	});

	test('every table opened', async ({ page }) => {
		await page.goto('/?skills=python');
		for (const summary of await page.getByText('Show data').all()) await summary.click();
		await expect(page.locator('details.data[open] table')).toHaveCount(FIGURES.length);
		expect(await axeViolations(page)).toEqual([]);
	});

	test('every tooltip shown', async ({ page }) => {
		await page.goto(`/?compare=${FOUR}`);
		// The scatter's and the heatmap's, from the keyboard as from the pointer.
		await page.locator('#salary-vs-growth .point').first().focus();
		await expect(page.locator('#salary-vs-growth .tooltip')).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		const cell = page.locator('#skill-heatmap .cell').first();
		await cell.scrollIntoViewIfNeeded();
		await cell.focus();
		await expect(page.locator('#skill-heatmap .tooltip').first()).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		// The comparison's requirement matrix.
		const compared = page.locator('#compare-requirements .cell').first();
		await compared.scrollIntoViewIfNeeded();
		await compared.focus();
		await expect(page.locator('#compare-requirements .tooltip').first()).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});

	test('on a 360 px phone', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
		const page = await context.newPage();
		await gotoReady(page, '/?skills=python');
		await scrollThrough(page);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	test('the own-data panel as it opens, with a file read, and with a workbook', async ({
		page
	}) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'Use your own data' }).click();
		const panel = page.getByRole('dialog', { name: 'Use your own data' });
		await expect(panel.getByText('never leaves your device')).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		await panel.locator('input[type="file"]').setInputFiles('tests/fixtures/own-roles.csv');
		await expect(panel.locator('table.preview tbody tr')).toHaveCount(5);
		expect(await axeViolations(page)).toEqual([]);
		// A workbook of three sheets: the sheet's field, and the notes on how it was read.
		await panel.locator('input[type="file"]').setInputFiles('tests/fixtures/own-roles-sheets.xlsx');
		await expect(panel.getByRole('combobox', { name: 'Sheet', exact: true })).toBeVisible();
		await expect(panel.getByRole('region', { name: 'How the file was read' })).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
});

test.describe('forced colours (high contrast)', () => {
	test('marks, cells, dimmed roles and focus rings keep a visible colour', async ({ page }) => {
		await page.emulateMedia({ forcedColors: 'active' });
		await page.goto('/?skills=python,sql&match=all');
		await page.screenshot({ path: test.info().outputPath('forced-colours.png'), fullPage: true });
		const seen = await page.evaluate(() => {
			const bg = getComputedStyle(document.body).backgroundColor;
			const paint = (el: Element | null) => {
				if (!el) return null;
				const s = getComputedStyle(el);
				return { fill: s.fill, stroke: s.stroke, opacity: s.opacity, bg };
			};
			return {
				point: paint(document.querySelector('#salary-vs-growth .point:not(.dimmed) .mark')),
				dimmed: paint(document.querySelector('#salary-vs-growth .point.dimmed .mark')),
				cell: paint(document.querySelector('#skill-heatmap .cell.s-essential rect')),
				bg
			};
		});
		for (const mark of [seen.point, seen.dimmed, seen.cell]) {
			expect(mark).not.toBeNull();
			// Something of the mark differs from the page behind it: its fill or its outline.
			expect(mark!.fill !== seen.bg || mark!.stroke !== seen.bg).toBe(true);
			expect(mark!.fill).not.toBe('none');
		}
		// The strength symbols say what the shades said.
		await expect(page.locator('#skill-heatmap .cell.s-essential text').first()).toHaveText('●');
		// The focus ring is drawn, in a colour of its own.
		await page.locator('#salary-vs-growth .point').first().focus();
		const ring = await page.evaluate(() => {
			// The scatter draws its focus ring round the mark's hit area.
			const hit = getComputedStyle(document.activeElement!.querySelector('.hit')!);
			return {
				stroke: hit.stroke,
				width: hit.strokeWidth,
				bg: getComputedStyle(document.body).backgroundColor
			};
		});
		expect(ring.stroke).not.toBe('none');
		expect(ring.stroke).not.toBe(ring.bg);
		expect(ring.width).toBe('3px');
		await page.screenshot({ path: test.info().outputPath('forced-colours-focus.png') });
	});
});

test('reflow: at 320 CSS px nothing scrolls sideways but a chart’s own scroll area', async ({
	browser
}) => {
	// In the page's own font, and in the system's (what a first visit on a slow line shows: the
	// font is `optional`), whose wider letters once pushed the heatmap's sort choice 1 px out.
	for (const font of FONTS) {
		const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
		const page = await context.newPage();
		await useFont(page, font);
		await gotoReady(page, `/?compare=${FOUR}&skills=python`);
		await scrollThrough(page);
		for (const summary of await page.getByText('Show data').all()) await summary.click();
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth),
			`${font} font`
		).toBeLessThanOrEqual(320);
		await context.close();
	}
});

test('a chart’s description says what the filter highlights', async ({ page }) => {
	await page.goto('/');
	const description = (id: string) =>
		page.locator(`#${id}`).evaluate((f) => {
			const ref = f.getAttribute('aria-describedby')!;
			return document.getElementById(ref)!.textContent!;
		});
	expect(await description('salary-vs-growth')).toMatch(/^7 roles plotted by/);
	await openFilter(page);
	await page.getByRole('checkbox', { name: /^Python/ }).check();
	await page.getByRole('checkbox', { name: /^SQL/ }).check();
	await page.getByRole('radio', { name: 'all of' }).check();
	await closeFilter(page);
	const highlighted = '2 of 7 roles ask for Python and SQL: Data scientist and Software engineer.';
	for (const id of ['salary-vs-growth', 'skill-heatmap', 'requirements-overview']) {
		await page.locator(`#${id}`).scrollIntoViewIfNeeded();
		await expect.poll(() => description(id)).toMatch(new RegExp(`^${highlighted} `));
	}
});
