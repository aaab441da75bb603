/**
 * Share and embed: the share menu copies a link that reproduces the view (at the chart) and an embed
 * code that works pasted into a blank HTML file on another site: the iframe grows to the chart, whose
 * tooltips, keyboard and table work inside it. Each embed page reads without JavaScript.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { serveStatic } from '../../scripts/serve.mjs';
import { ROLE_PALETTE } from '../../src/lib/charts/colors';
import { axeViolations, expect, gotoReady, SEED, test } from './fixtures';

const CHARTS = [
	'salary-vs-growth',
	'skill-heatmap',
	'compare-pay-growth',
	'compare-requirements',
	'requirements-overview'
];
const HOST_PORT = 4198;

async function openShare(page: Page, chart: string) {
	const figure = page.locator(`#${chart}`);
	await figure.locator('summary', { hasText: 'Share' }).click();
	const menu = figure.getByRole('group', { name: /^Share / });
	await expect(menu).toBeVisible();
	return menu;
}

test.beforeEach(async ({ page }) => {
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('a chart’s share menu copies a link to this view at this chart', async ({ page, browser }) => {
	await page.goto('/?skills=python,sql&match=all');
	const menu = await openShare(page, 'skill-heatmap');
	await menu.getByRole('button', { name: 'Copy link' }).click();
	await expect(menu.getByRole('status')).toHaveText('Link copied');
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toBe(`http://localhost:4174/?skills=python,sql&match=all#skill-heatmap`);
	expect(await menu.getByLabel(/^Link to this view/).inputValue()).toBe(link);

	// In a browser that has never seen the page: the same view, scrolled to the chart.
	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await gotoReady(other, link);
	await expect(other.getByRole('status').filter({ hasText: /roles? match/ })).toHaveText(
		'2 of 7 roles match Python and SQL'
	);
	const box = await other.locator('#skill-heatmap').boundingBox();
	expect(box!.y).toBeGreaterThanOrEqual(-1);
	expect(box!.y).toBeLessThan(other.viewportSize()!.height / 2);
	await fresh.close();
});

test('the menu works from the keyboard, passes axe, and Escape returns to its button', async ({
	page
}) => {
	await page.goto('/');
	const summary = page.locator('#salary-vs-growth summary', { hasText: 'Share' });
	await summary.focus();
	await page.keyboard.press('Enter');
	const menu = page.getByRole('group', { name: /^Share / });
	await expect(menu.getByRole('button', { name: 'Copy embed code' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	await page.keyboard.press('Tab');
	await expect(menu.getByLabel(/^Link to this view/)).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(menu).toBeHidden();
	await expect(summary).toBeFocused();
	// A click elsewhere closes it too.
	await summary.click();
	await expect(menu).toBeVisible();
	await page.locator('h1').click();
	await expect(menu).toBeHidden();
});

test('the page’s menu embeds the chart the reader picks', async ({ page }) => {
	await page.goto('/?compare=data-scientist,ai-engineer');
	await page.locator('header.site summary', { hasText: 'Share' }).click();
	const menu = page.getByRole('group', { name: 'Share' });
	expect(await menu.getByLabel('Link to this view').inputValue()).toBe(
		'http://localhost:4174/?compare=data-scientist,ai-engineer'
	);
	await menu.getByLabel('Chart to embed').selectOption('compare-pay-growth');
	await expect(menu.getByLabel('Embed code')).toHaveValue(
		/^<iframe src="http:\/\/localhost:4174\/embed\/compare-pay-growth\?compare=data-scientist,ai-engineer" /
	);
});

test('each embed code starts its iframe at the height its chart takes in a 640 px column', async ({
	page
}) => {
	await page.goto('/');
	await page.locator('header.site summary', { hasText: 'Share' }).click();
	const menu = page.getByRole('group', { name: 'Share' });
	const heights: Record<string, number> = {};
	for (const chart of CHARTS) {
		await menu.getByLabel('Chart to embed').selectOption(chart);
		heights[chart] = Number(
			/ height="(\d+)"/.exec(await menu.getByLabel('Embed code').inputValue())![1]
		);
	}
	await page.setViewportSize({ width: 640, height: 800 });
	// In the page's font, and in the system's (its font is `optional`: a first visit on a slow line,
	// or a busy machine, draws the page without it; the overview's legend then takes a line more).
	for (const font of [true, false]) {
		// Held back past the font's short wait, the page is drawn in the system's font.
		if (!font)
			await page.route(/\.woff2$/, async (route) => {
				await new Promise((done) => setTimeout(done, 1000));
				await route.continue();
			});
		for (const chart of CHARTS) {
			await page.goto(`/embed/${chart}`);
			const height = await page.evaluate(() =>
				Math.ceil(document.documentElement.getBoundingClientRect().height)
			);
			expect(height, `${chart}, font: ${font}`).toBeLessThanOrEqual(heights[chart]!);
			expect(height, `${chart}, font: ${font}`).toBeGreaterThan(heights[chart]! - 40);
		}
	}
});

test('the embed code, pasted into a blank page on another site: the iframe fits the chart, and the chart works inside', async ({
	page
}) => {
	await page.goto('/?skills=python');
	const menu = await openShare(page, 'salary-vs-growth');
	await menu.getByRole('button', { name: 'Copy embed code' }).click();
	await expect(menu.getByRole('status')).toHaveText('Embed code copied');
	const code = await page.evaluate(() => navigator.clipboard.readText());

	const dir = mkdtempSync(join(tmpdir(), 'host-'));
	writeFileSync(
		join(dir, 'index.html'),
		`<!doctype html><html><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body><p>Before</p>\n${code}\n<p>After</p></body></html>`
	);
	const host = await serveStatic({ dir, port: HOST_PORT });
	try {
		// Not the fixture's `goto`, which waits for the app: this page is the host's.
		await page.evaluate((url) => location.assign(url), `http://localhost:${HOST_PORT}/`);
		await page.waitForURL(`http://localhost:${HOST_PORT}/`);
		const iframe = page.locator('iframe[data-ml-careers-embed]');
		const frame = page.frameLocator('iframe[data-ml-careers-embed]');
		await expect(frame.locator('h1')).toHaveText(/pay against/i);
		// Grown (or shrunk) to the embed page's own height, reported by the page itself.
		const inner = () =>
			frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
		await expect
			.poll(async () => Math.abs((await iframe.evaluate((f) => f.clientHeight)) - (await inner())))
			.toBeLessThanOrEqual(1);
		// The filter came with the link, in words.
		await expect(frame.locator('.subtitle')).toHaveText(/^Roles asking for Python: 4 of 7 roles/);
		// Tooltips, from the pointer and from the keyboard.
		await frame.locator('.point[data-role="data-scientist"]').hover();
		await expect(frame.locator('.tooltip')).toContainText('Data scientist');
		await frame.locator('.point[data-role="data-scientist"]').focus();
		await page.keyboard.press('ArrowRight');
		await expect(frame.locator('.tooltip')).toBeVisible();
		// The table opens, and the iframe grows with it.
		const before = await iframe.evaluate((f) => f.clientHeight);
		await frame.getByText('Show data').click();
		await expect(frame.locator('table tbody tr')).toHaveCount(4);
		await expect.poll(() => iframe.evaluate((f) => f.clientHeight)).toBeGreaterThan(before + 100);
		// Sources open outside the iframe.
		await expect(frame.locator('table a.cite').first()).toHaveAttribute('target', '_blank');
		await expect(frame.getByRole('link', { name: /open the full view/ })).toHaveAttribute(
			'href',
			'/?skills=python#salary-vs-growth'
		);
		// A click on a point does not start a comparison nobody can see.
		await frame.locator('.point[data-role="data-scientist"]').click();
		expect(new URL(await frame.locator('html').evaluate(() => location.href)).search).toBe(
			'?skills=python'
		);
	} finally {
		await new Promise((done) => host.close(done));
	}
});

test('each embed page: prerendered, read without JavaScript, with title, source and a way back', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const chart of CHARTS) {
		const response = await page.goto(`/embed/${chart}`);
		expect(response!.headers()['content-security-policy']).toBe('frame-ancestors *');
		const figure = page.locator(`figure#${chart}`);
		await expect(figure).toBeVisible();
		await expect(page.locator('h1')).toHaveText(await page.title().then((t) => t.split(' · ')[0]!));
		await expect(figure.locator('figcaption')).toContainText('Coursera');
		await expect(figure.locator('svg').first()).toBeVisible();
		await expect(page.getByRole('link', { name: /open the full view/ })).toBeVisible();
		// No filter panel and no site header.
		await expect(page.locator('header.site, .filter, #filter')).toHaveCount(0);
		await expect(page.getByRole('checkbox')).toHaveCount(0);
		// Nothing points to a part of the page that is not there.
		await expect(page.locator('#about')).toHaveCount(0);
		await expect(figure).not.toContainText('About the data');
	}
	// Named in a link preview by their own words (the dashboard too).
	for (const [path, title] of [
		['/embed/compare-pay-growth', /pay and growth/i],
		['/', /^ML Careers Explorer: pay, growth and skills of machine-learning roles$/]
	] as const) {
		await page.goto(path);
		await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
		await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /\S/);
		await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
			'content',
			'summary_large_image'
		);
	}
	// The scatter's points, where the seed puts them.
	await page.goto('/embed/salary-vs-growth');
	await expect(page.locator('.point')).toHaveCount(SEED.length);
	await context.close();
});

/** The page's component-scoped classes (`svelte-…`) that no rule in its applied stylesheets names. */
const unstyled = (page: Page) =>
	page.evaluate(() => {
		const used = new Set(
			[...document.querySelectorAll('[class*="svelte-"]')].flatMap((el) =>
				[...el.classList].filter((c) => /^svelte-/.test(c))
			)
		);
		const selectors: string[] = [];
		const walk = (rules: CSSRuleList) => {
			for (const rule of rules) {
				if (rule instanceof CSSStyleRule) selectors.push(rule.selectorText);
				if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
			}
		};
		for (const sheet of document.styleSheets) if (!sheet.disabled) walk(sheet.cssRules);
		const all = selectors.join(' ');
		return [...used].filter((c) => !all.includes(`.${c}`));
	});

test('each embed page carries the styles of everything in it, and does not shift as it goes live', async ({
	browser
}) => {
	const bodyHeight = (page: Page, chart: string) =>
		page.locator(`figure#${chart} .body`).evaluate((el) => el.getBoundingClientRect().height);
	// A phone, a width where the export controls take two lines, and a wide screen.
	for (const width of [360, 600, 1280]) {
		// Without JavaScript: every component's styles are in the page (the chart's own, its
		// figure's, its export bar's), not only in the code that would make it live.
		const still = await browser.newContext({
			viewport: { width, height: 800 },
			javaScriptEnabled: false
		});
		const prerendered = await still.newPage();
		const before: Record<string, number> = {};
		for (const chart of CHARTS) {
			await prerendered.goto(`/embed/${chart}`);
			expect(await unstyled(prerendered), chart).toEqual([]);
			await expect(prerendered.locator(`figure#${chart}`)).toHaveCSS('border-top-style', 'solid');
			before[chart] = await bodyHeight(prerendered, chart);
		}
		await still.close();
		// With it: the chart is as tall live as prerendered (on a phone too, where the comparison's
		// dot plots and the overview take their compact form), and nothing the page shows moves.
		const context = await browser.newContext({ viewport: { width, height: 800 } });
		const page = await context.newPage();
		await page.addInitScript(() => {
			const w = window as unknown as { shifts: number };
			w.shifts = 0;
			new PerformanceObserver((list) => {
				for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
					w.shifts += e.value;
			}).observe({ type: 'layout-shift', buffered: true });
		});
		for (const chart of CHARTS) {
			await page.goto(`/embed/${chart}`);
			await expect(page.locator('[data-island][data-live]')).toHaveCount(1);
			await page.waitForTimeout(300);
			expect(await bodyHeight(page, chart), `${chart} at ${width} px`).toBeCloseTo(
				before[chart]!,
				0
			);
			const shifts = await page.evaluate(() => (window as unknown as { shifts: number }).shifts);
			expect(shifts, `${chart} at ${width} px`).toBeLessThan(0.01);
		}
		await context.close();
	}
});

test('an embed page passes axe, and its description follows its link’s filter', async ({
	page
}) => {
	await page.goto('/embed/skill-heatmap?skills=python,sql&match=all');
	await expect(page.locator('#skill-heatmap-desc')).toContainText(
		'2 of 7 roles ask for Python and SQL'
	);
	expect(await axeViolations(page)).toEqual([]);
});

test('each page’s link preview: a 1200 × 630 image of its chart, made at build time, with its text', async ({
	page
}) => {
	const pages = [['/', 'salary-vs-growth'], ...CHARTS.map((c) => [`/embed/${c}`, c])];
	for (const [path, chart] of pages) {
		const html = await (await page.request.get(path!)).text();
		const meta = (name: string) =>
			html.match(new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)"`))?.[1];
		expect(meta('og:image'), path).toBe(`/preview/${chart}.png`);
		expect(meta('twitter:image'), path).toBe(`/preview/${chart}.png`);
		expect(meta('og:image:alt'), path).toMatch(/\. \S/);
		const response = await page.request.get(meta('og:image')!);
		expect(response.headers()['content-type']).toBe('image/png');
		const png = PNG.sync.read(await response.body());
		expect([png.width, png.height], path).toEqual([1200, 630]);
		// Not blank: a good part of it is ink (text, marks), not the white background.
		let inked = 0;
		for (let i = 0; i < png.data.length; i += 4)
			if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 600) inked++;
		expect(inked / (png.width * png.height), path).toBeGreaterThan(0.03);
	}
	// The dashboard's is the scatter: each role's dot in its colour.
	const png = PNG.sync.read(await (await page.request.get('/preview/salary-vs-growth.png')).body());
	const count = (hex: string) => {
		const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
		let n = 0;
		for (let i = 0; i < png.data.length; i += 4)
			if (png.data[i] === r && png.data[i + 1] === g && png.data[i + 2] === b) n++;
		return n;
	};
	for (const hex of ROLE_PALETTE.light) expect(count(hex), hex).toBeGreaterThan(100);
});
