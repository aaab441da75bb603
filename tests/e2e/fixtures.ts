/**
 * Shared e2e fixtures: every page records console errors, page errors, Content-Security-Policy
 * violations and any request that leaves localhost, and each test fails if it saw one.
 */
import { test as base, expect, type Locator, type Page, type Route } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

type Watch = { problems: string[] };

/**
 * Opens a URL and waits until the app has hydrated and its islands are live (its controls work from
 * then on); for pages not made by the fixture (a context of their own).
 */
export async function gotoReady(page: Page, url: string) {
	const response = await page.goto(url);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	if (!asleep.has(page)) await wakeIslands(page);
	return response;
}

const asleep = new WeakSet<Page>();
const staysStill = new WeakSet<Page>();
/** A page that is not expected to go live: navigating it does not wait for hydration. */
export function expectNoHydration(page: Page) {
	staysStill.add(page);
}

/**
 * On a page whose scripts do not run (scripting off, or the page could not go live), the controls
 * that need them are left out (`data-needs-js`): the only controls on screen are `working` (by
 * their text) and each chart's "Show data", which opens without a script.
 */
export async function expectOnlyWorkingControls(page: Page, working: string[] = []) {
	const shown = await page
		.locator('button, select, input, textarea, summary')
		.evaluateAll((els) =>
			els.filter((e) => e.checkVisibility()).map((e) => e.textContent!.trim() || e.tagName)
		);
	const figures = await page.locator('figure.chart-figure').count();
	expect(figures).toBeGreaterThan(0);
	expect(shown.sort()).toEqual([...working, ...Array(figures).fill('Show data')].sort());
}
/**
 * The parts of the page below the first screen (heatmap, comparison) are islands: their code loads
 * after the page starts (when the browser is idle, or sooner when they come near the viewport or the
 * pointer or focus enters them). Every test's page waits for them after navigating, as a reader
 * would; a page passed here does not, and the code of its islands is held back (every script the
 * prerendered page does not itself load) until the returned function lets it through.
 */
export async function holdIslands(page: Page): Promise<() => Promise<void>> {
	asleep.add(page);
	const html = await (await page.request.get('/')).text();
	const start = new Set([...html.matchAll(/href="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]));
	const held: Route[] = [];
	let holding = true;
	await page.route(/\/_app\/immutable\/.+\.js$/, async (route) => {
		const path = new URL(route.request().url()).pathname.slice(1);
		if (!holding || start.has(path)) return route.continue();
		// The filter's panel (the chunk with its match-mode radios) is not an island: its code
		// comes when asked, as it would on any page.
		const code = await (await route.fetch()).text();
		if (!holding || code.includes('name="match"')) return route.continue();
		held.push(route);
	});
	return async () => {
		holding = false;
		for (const route of held.splice(0)) await route.continue();
	};
}

/** Wakes every island the way a pointer entering it does, and waits until all are live. */
export async function wakeIslands(page: Page) {
	await page.evaluate(() => {
		for (const el of document.querySelectorAll('[data-island]')) {
			el.dispatchEvent(new Event('pointerover'));
		}
	});
	await expect(page.locator('[data-island]:not([data-live])')).toHaveCount(0);
}

/**
 * Keeps, on every load of the page, the elements `selector` finds once the page is parsed and before
 * any of its scripts run. The returned function tells, for each (in document order), whether it is
 * still in the page: taken over as it was prerendered, or replaced.
 */
export async function keepParsed(page: Page, selector: string): Promise<() => Promise<boolean[]>> {
	await page.addInitScript((selector) => {
		document.addEventListener('readystatechange', () => {
			if (document.readyState === 'interactive')
				(window as unknown as { __parsed: Element[] }).__parsed = [
					...document.querySelectorAll(selector)
				];
		});
	}, selector);
	return () =>
		page.evaluate(() =>
			(window as unknown as { __parsed: Element[] }).__parsed.map((el) => el.isConnected)
		);
}

export const test = base.extend<{ watch: Watch }>({
	watch: [
		async ({ page }, use) => {
			const problems: string[] = [];
			// Anything the Content-Security-Policy blocks is a failure of the test it happens in.
			await page.addInitScript(() =>
				document.addEventListener('securitypolicyviolation', (e) =>
					console.error(
						`securitypolicyviolation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`
					)
				)
			);
			page.on('console', (m) => {
				if (fontless.has(page) && m.location().url.endsWith('.woff2')) return;
				if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
			});
			page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
			page.on('dialog', (d) => {
				problems.push(`dialog opened: ${d.message()}`);
				void d.dismiss();
			});
			page.on('request', (r) => {
				const url = new URL(r.url());
				if (
					!['localhost', '127.0.0.1'].includes(url.hostname) &&
					!['data:', 'blob:'].includes(url.protocol)
				) {
					problems.push(`request left the site: ${r.url()}`);
				}
			});
			// Every test's page waits for hydration after navigating, as a user waits for a page to work.
			const goto = page.goto.bind(page);
			page.goto = async (url, options) => {
				const response = await goto(url, options);
				if (staysStill.has(page)) return response;
				await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
				if (!asleep.has(page)) await wakeIslands(page);
				return response;
			};
			const watch = { problems };
			await use(watch);
			expect(problems, 'console errors, dialogs or outside requests').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/**
 * Downloads a figure's SVG and its PNG (at the default 2×) and checks that the PNG, drawn straight
 * onto a canvas, looks like the browser's own rendering of the SVG. Compared in tiles of 16 × 16
 * pixels by mean colour: glyphs a fraction of a pixel apart (the two renderers' text differs that
 * much, up to about 10 in a tile) average out; a group faded mark by mark instead of as a whole
 * (about 15), a label anchored at the wrong end (30 or more) or a missing mark do not.
 */
export async function expectPngLikeSvg(page: Page, figure: Locator) {
	const get = async (name: string) => {
		const [d] = await Promise.all([
			page.waitForEvent('download'),
			figure.getByRole('button', { name }).click()
		]);
		return Buffer.concat(await (await d.createReadStream()).toArray());
	};
	const svg = (await get('Download SVG')).toString();
	const png = (await get('Download PNG')).toString('base64');
	// Drawn on the canvas, not handed to the browser's SVG renderer (which would match trivially).
	const drawnBy = await page.evaluate(
		() =>
			(performance.getEntriesByName('export:png').at(-1) as PerformanceMark | undefined)?.detail
				?.drawnBy
	);
	expect(drawnBy).toBe('canvas');
	const diff = await page.evaluate(
		async ({ svg, png }) => {
			const load = async (src: string) => {
				const img = new Image();
				img.src = src;
				await img.decode();
				return img;
			};
			const drawn = await load(`data:image/png;base64,${png}`);
			const reference = await load(URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })));
			const { naturalWidth: w, naturalHeight: h } = drawn;
			const pixels = (img: HTMLImageElement) => {
				const c = Object.assign(document.createElement('canvas'), { width: w, height: h });
				const ctx = c.getContext('2d')!;
				ctx.drawImage(img, 0, 0, w, h);
				return ctx.getImageData(0, 0, w, h).data;
			};
			const a = pixels(drawn);
			const b = pixels(reference);
			const T = 16;
			let worst = 0;
			let inked = 0;
			for (let ty = 0; ty < h; ty += T)
				for (let tx = 0; tx < w; tx += T) {
					const sum = [0, 0, 0, 0, 0, 0];
					let n = 0;
					for (let y = ty; y < Math.min(h, ty + T); y++)
						for (let x = tx; x < Math.min(w, tx + T); x++, n++) {
							const o = (y * w + x) * 4;
							for (let c = 0; c < 3; c++) {
								sum[c] = sum[c]! + a[o + c]!;
								sum[c + 3] = sum[c + 3]! + b[o + c]!;
							}
							if (a[o]! + a[o + 1]! + a[o + 2]! < 600) inked++;
						}
					let d = 0;
					for (let c = 0; c < 3; c++) d += Math.abs(sum[c]! - sum[c + 3]!) / n / 3;
					worst = Math.max(worst, d);
				}
			return { worst, inked, width: w, svgWidth: reference.naturalWidth };
		},
		{ svg, png }
	);
	// Twice the SVG's size, with ink on it, and the same picture.
	expect(diff.width).toBe(diff.svgWidth * 2);
	expect(diff.inked).toBeGreaterThan(1000);
	expect(diff.worst).toBeLessThan(12);
}

/** The page's own font, and the system's: what a first visit over a slow line draws, since the
 * page's font is `optional` (DejaVu Sans here, wider than Inter). */
export const FONTS = ['own', 'system'] as const;

/** Pages whose font file is refused on purpose: the console's word on that is not a problem. */
const fontless = new WeakSet<Page>();

/** Draws the page in `font`: for the system's, the page's font file is refused. */
export async function useFont(page: Page, font: (typeof FONTS)[number]) {
	if (font !== 'system') return;
	fontless.add(page);
	await page.route(/\.woff2$/, (route) => route.abort());
}

/**
 * Whether the page draws its text in its own font. The font is `optional`: one that arrives after
 * its short window (a busy machine can make it) is passed over for the whole visit, by the page
 * and by the canvas that measures labels alike, so the family list then measures as it does
 * without its first font.
 */
function drawsOwnFont(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const family = getComputedStyle(document.body).fontFamily;
		const context = document.createElement('canvas').getContext('2d')!;
		const width = (font: string) => {
			context.font = `12px ${font}`;
			return context.measureText('Communication skills').width;
		};
		return width(family) !== width(family.slice(family.indexOf(',') + 1));
	});
}

/**
 * Opens `url` drawn in the page's own font, for tests of what fits in it: where the font was
 * passed over (see `drawsOwnFont`) the page is opened again, the font then in the cache.
 */
export async function gotoOwnFont(page: Page, url: string) {
	for (let tries = 1; ; tries++) {
		await page.goto(url);
		if (await drawsOwnFont(page)) return;
		if (tries === 3) throw new Error(`${url}: drawn without its font ${tries} times`);
	}
}

/** A chart label as drawn: whether it stays inside its figure's body, its text on screen, and its
 * whole text when cut (a `<title>`, shown on hover), else null. */
export type FigureLabel = { inside: boolean; shown: string; full: string | null };

/** The labels `selector` finds in a figure, as drawn (see `FigureLabel`). */
export async function figureLabels(figure: Locator, selector: string): Promise<FigureLabel[]> {
	return figure.evaluate((f, sel) => {
		const box = f.querySelector('.body')!.getBoundingClientRect();
		return [...f.querySelectorAll<SVGTextElement>(sel)].map((t) => {
			const r = t.getBoundingClientRect();
			return {
				inside: r.left >= box.left - 1 && r.right <= box.right + 1,
				shown: [...t.childNodes]
					.filter((n) => n.nodeType === Node.TEXT_NODE)
					.map((n) => n.nodeValue)
					.join(''),
				full: t.querySelector('title')?.textContent ?? null
			};
		});
	}, selector);
}

/** Every cut label ends in an ellipsis after the start of its whole text. */
export function expectCutConsistently(labels: FigureLabel[]) {
	for (const l of labels.filter((l) => l.full)) {
		expect(l.shown.endsWith('…')).toBe(true);
		expect(l.full!.startsWith(l.shown.slice(0, -1))).toBe(true);
	}
}

/** The rules checked: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Every axe violation of those rules, of any impact, formatted for a readable failure. */
export async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	return results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

export const SEED = [
	{
		id: 'machine-learning-engineer',
		title: 'Machine learning engineer',
		pay: '$161,000',
		growth: '20%'
	},
	{ id: 'data-scientist', title: 'Data scientist', pay: '$155,000', growth: '34%' },
	{ id: 'ai-engineer', title: 'AI engineer', pay: '$142,000', growth: '20%' },
	{ id: 'software-engineer', title: 'Software engineer', pay: '$149,000', growth: '7%' },
	{ id: 'software-developer', title: 'Software developer', pay: '$122,000', growth: '15%' },
	{
		id: 'business-intelligence-developer',
		title: 'Business intelligence developer',
		pay: '$132,000',
		growth: '15%'
	},
	{ id: 'computational-linguist', title: 'Computational linguist', pay: '$131,000', growth: '20%' }
];

/**
 * Waits until the dataset on screen is saved in this browser: it is saved once its charts are
 * painted, and the page then remembers which one it shows (what a reload reads first).
 */
export async function keptInBrowser(page: Page) {
	await page.waitForFunction(() => !!localStorage.getItem('ml-careers-explorer:shown'));
}

/** The skill filter's button, in the bar that stays at the top of the screen. */
export const filterButton = (page: Page) => page.getByRole('button', { name: 'Filter by skill' });

/**
 * Opens the skill filter's panel from its bar, if it is closed, and waits for its controls (made
 * when it first opens, from code loaded when the page is idle or the bar is approached).
 */
export async function openFilter(page: Page) {
	const button = filterButton(page);
	if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
	await expect(page.locator('#filter-panel input[name="match"]').first()).toBeVisible();
}

/** Closes the panel with its Done button, as a reader does before reading the charts under it. */
export async function closeFilter(page: Page) {
	await page.locator('#filter-panel').getByRole('button', { name: 'Done' }).click();
	await expect(page.locator('#filter-panel')).toBeHidden();
}
