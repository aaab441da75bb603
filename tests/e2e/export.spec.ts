import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Browser, Locator, Page } from '@playwright/test';
import { csvParseRows as parseCsv } from 'd3-dsv';
import { expect, expectPngLikeSvg, gotoReady, SEED, test } from './fixtures';

/** The phone's disclosure button ("Download", its arrow drawn by the style). */
const DOWNLOAD = /^Download\W*$/;

const hasRsvg = spawnSync('sh', ['-c', 'command -v rsvg-convert']).status === 0;

async function download(page: Page, figure: Locator, name: string) {
	const [d] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name }).click()
	]);
	// In the test's own output folder (emptied by every run), not left behind in the system's /tmp.
	const path = test.info().outputPath(`${Date.now()}-${d.suggestedFilename()}`);
	await d.saveAs(path);
	return { name: d.suggestedFilename(), path, bytes: readFileSync(path) };
}

/** A page on a 360 px phone, opened at `url` and live, that accepts downloads. */
async function onPhone(browser: Browser, url: string) {
	const context = await browser.newContext({
		viewport: { width: 360, height: 780 },
		acceptDownloads: true
	});
	const page = await context.newPage();
	await gotoReady(page, url);
	return { context, page };
}

function decodePng(bytes: Buffer) {
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	const png = PNG.sync.read(bytes);
	const colours = new Set<number>();
	for (let i = 0; i < png.data.length; i += 4 * 7) colours.add(png.data.readUInt32BE(i));
	return {
		width: png.width,
		height: png.height,
		colours: colours.size,
		pixel: (x: number, y: number) => [
			...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4)
		]
	};
}

/** Parses SVG text in the page with the browser's own XML parser; returns the text it holds. */
async function parseSvg(page: Page, svg: string) {
	return page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		const error = doc.querySelector('parsererror')?.textContent ?? null;
		const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
		return {
			error,
			texts,
			title: doc.querySelector('title')?.textContent,
			root: doc.documentElement.nodeName,
			scripts: doc.querySelectorAll('script, foreignObject').length,
			styled: doc.querySelectorAll('[class], [style], style').length
		};
	}, svg);
}

test.describe('exports', () => {
	test('scatter SVG: self-contained, with title, filter, source, link and every role label', async ({
		page
	}) => {
		await page.goto('/?skills=python,sql&match=all');
		const fig = page.locator('#salary-vs-growth');
		const file = await download(page, fig, 'Download SVG');
		expect(file.name).toBe('salary-vs-growth--python-sql.svg');
		const svg = file.bytes.toString('utf8');
		const parsed = await parseSvg(page, svg);
		expect(parsed.error).toBeNull();
		expect(parsed.root).toBe('svg');
		expect(parsed.title).toBe('Median pay against projected job growth');
		const all = parsed.texts.join('\n');
		expect(all).toContain('Roles asking for Python and SQL: 2 of 7 roles (others dimmed)');
		expect(all).toContain(
			'Source: Pay: Glassdoor median total pay, April 2026. Growth: BLS projections 2024–2034.'
		);
		expect(all).toMatch(/http:\/\/localhost:\d+\/\?skills=python,sql&match=all/);
		const labels = await fig.locator('.labels text').allTextContents();
		expect(labels).toHaveLength(7);
		for (const label of labels) expect(parsed.texts).toContain(label);
		expect(parsed.scripts).toBe(0);
		expect(parsed.styled).toBe(0);
		expect(svg).not.toMatch(/href="(?!#)|url\(|var\(--/);
		// Dimmed roles stay dimmed: five marks carry the dimmed opacity, two do not.
		expect((svg.match(/opacity="0\.35"/g) ?? []).length).toBe(5);
	});

	test('a second renderer (rsvg-convert) draws the exported SVG', async ({ page }) => {
		test.skip(
			!hasRsvg && !process.env.CI,
			'rsvg-convert is not installed (apt-get install librsvg2-bin); CI installs it'
		);
		await page.goto('/');
		const file = await download(page, page.locator('#skill-heatmap'), 'Download SVG');
		const out = test.info().outputPath('rsvg.png');
		execFileSync('rsvg-convert', ['-o', out, file.path]);
		const png = decodePng(readFileSync(out));
		const svgWidth = Number(/width="(\d+)"/.exec(file.bytes.toString())![1]);
		expect(png.width).toBe(svgWidth);
		expect(png.colours).toBeGreaterThan(10);
	});

	test('scatter PNG at 2×: real pixels, the stated size, opaque background', async ({ page }) => {
		await page.goto('/?skills=python');
		const fig = page.locator('#salary-vs-growth');
		const stated = await fig.locator('.size').textContent();
		const file = await download(page, fig, 'Download PNG');
		expect(file.name).toBe('salary-vs-growth--python.png');
		const png = decodePng(file.bytes);
		expect(`${png.width.toLocaleString('en-US')} × ${png.height.toLocaleString('en-US')} px`).toBe(
			stated
		);
		expect(png.colours).toBeGreaterThan(20);
		expect(png.pixel(2, 2)).toEqual([255, 255, 255, 255]);
		await expect(fig.locator('.message')).toContainText(
			`Saved salary-vs-growth--python.png (${stated})`
		);
	});

	test('PNG at 1× and 3× on offer', async ({ page }) => {
		await page.goto('/');
		const fig = page.locator('#requirements-overview');
		await fig.getByLabel('PNG scale').selectOption('1');
		const one = decodePng((await download(page, fig, 'Download PNG')).bytes);
		await fig.getByLabel('PNG scale').selectOption('3');
		const three = decodePng((await download(page, fig, 'Download PNG')).bytes);
		expect(three.width).toBe(one.width * 3);
		expect(three.height).toBe(one.height * 3);
	});

	test('dark mode exports a dark image unless light is picked', async ({ browser }) => {
		const context = await browser.newContext({ colorScheme: 'dark', acceptDownloads: true });
		const page = await context.newPage();
		await gotoReady(page, '/');
		const fig = page.locator('#salary-vs-growth');
		const dark = decodePng((await download(page, fig, 'Download PNG')).bytes);
		expect(dark.pixel(2, 2)).toEqual([0x16, 0x18, 0x1d, 255]);
		const before = await fig.locator('.body').innerHTML();
		await fig.getByLabel('Image theme').selectOption('light');
		const light = decodePng((await download(page, fig, 'Download PNG')).bytes);
		expect(light.pixel(2, 2)).toEqual([255, 255, 255, 255]);
		// Export never changes what is on screen.
		expect(
			await page.evaluate(() => document.documentElement.getAttribute('data-theme'))
		).toBeNull();
		expect(await fig.locator('.body').innerHTML()).toBe(before);
		await context.close();
	});

	test('a dimmed overview bar is solid, on screen and in its SVG: the grid stays behind it', async ({
		page
	}) => {
		await page.goto('/?skills=sql');
		const fig = page.locator('#requirements-overview');
		// AI engineer asks for no SQL: its bars are dimmed. Its first (programming languages, 4 of
		// 10) crosses the grid line at 2; a row of pixels near its top edge is one colour throughout.
		const bar = fig.locator('.seg.dimmed > rect').first();
		await bar.scrollIntoViewIfNeeded();
		const box = (await bar.boundingBox())!;
		const row = decodePng(
			await page.screenshot({
				clip: {
					x: Math.ceil(box.x) + 2,
					y: Math.round(box.y) + 3,
					width: Math.floor(box.width) - 4,
					height: 1
				}
			})
		);
		const colours = new Set(Array.from({ length: row.width }, (_, x) => row.pixel(x, 0).join(',')));
		expect([...colours]).toEqual(['190,204,220,255']);
		// In the SVG: the same colour as rgb(), which any program reads; no opacity left to show
		// the grid through.
		const svg = (await download(page, fig, 'Download SVG')).bytes.toString('utf8');
		expect(svg).toContain('fill="rgb(190, 204, 220)"');
		expect(svg).not.toContain('color(');
		expect(svg).not.toMatch(/opacity="0\.3"/);
	});

	test('scatter CSV: the rows as displayed under the filter, plain numbers', async ({ page }) => {
		await page.goto('/?skills=python,sql');
		const file = await download(page, page.locator('#salary-vs-growth'), 'Download CSV');
		expect(file.name).toBe('salary-vs-growth--python-sql.csv');
		const text = file.bytes.toString('utf8');
		expect(text.charCodeAt(0)).not.toBe(0xfeff);
		const rows = parseCsv(text);
		expect(rows[0]!.slice(0, 4)).toEqual([
			'role_id',
			'role',
			'median_total_pay_usd',
			'projected_growth_percent'
		]);
		const expected = SEED.filter((r) =>
			['machine-learning-engineer', 'data-scientist', 'ai-engineer', 'software-engineer'].includes(
				r.id
			)
		)
			.map((r) => [r.id, r.title, r.pay.replace(/[$,]/g, ''), r.growth.replace('%', '')])
			.sort((a, b) => Number(b[2]) - Number(a[2]));
		expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual(expected);
	});

	test('heatmap PNG and CSV; comparison and overview exports carry their view', async ({
		page
	}) => {
		await page.goto('/?skills=kafka&compare=data-scientist,ai-engineer');
		const heat = page.locator('#skill-heatmap');
		const png = decodePng((await download(page, heat, 'Download PNG')).bytes);
		expect(png.colours).toBeGreaterThan(20);
		const csv = parseCsv((await download(page, heat, 'Download CSV')).bytes.toString());
		expect(new Set(csv.slice(1).map((r) => r[0]))).toEqual(new Set(['data-scientist']));

		const cmp = page.locator('#compare-pay-growth');
		const svg = await download(page, cmp, 'Download SVG');
		expect(svg.name).toBe('compare-pay-growth--kafka--data-scientist-vs-ai-engineer.svg');
		const parsed = await parseSvg(page, svg.bytes.toString());
		expect(parsed.error).toBeNull();
		// Wrapped lines join back into the subtitle.
		const all = parsed.texts.join(' ');
		expect(all).toContain(
			'Comparing Data scientist and AI engineer. Roles asking for Kafka highlighted'
		);
		expect(all).toContain('$155,000');
		expect(all).toContain('$142,000');
		const cmpCsv = parseCsv((await download(page, cmp, 'Download CSV')).bytes.toString());
		expect(cmpCsv.slice(1)).toEqual([
			['data-scientist', 'Data scientist', '155000', '0', '34', '0'],
			['ai-engineer', 'AI engineer', '142000', '-13000', '20', '-14']
		]);

		// The requirement charts name the dataset's source in the image, not just "the article".
		for (const [id, line] of [
			['compare-requirements', 'Source: Requirements as worded in Coursera Staff,'],
			['requirements-overview', 'Source: Requirements as listed in Coursera Staff,']
		]) {
			const req = await parseSvg(
				page,
				(await download(page, page.locator(`#${id}`), 'Download SVG')).bytes.toString()
			);
			expect(req.texts.join(' ')).toContain(
				`${line} “7 Machine Learning Roles and How to Get Started”`
			);
		}
		// The overview underlines the compared roles' names, in its SVG as on the page.
		const overview = (
			await download(page, page.locator('#requirements-overview'), 'Download SVG')
		).bytes.toString();
		const underlined = await page.evaluate(
			(text) =>
				[
					...new DOMParser()
						.parseFromString(text, 'image/svg+xml')
						.querySelectorAll('text[text-decoration="underline"]')
				].map((t) => t.textContent),
			overview
		);
		expect(underlined.sort()).toEqual(['AI engineer', 'Data scientist']);
	});

	test('exports work from the keyboard', async ({ page }) => {
		await page.goto('/');
		const button = page.locator('#salary-vs-growth').getByRole('button', { name: 'Download CSV' });
		// Enabled once the export code has loaded, a moment after the page starts.
		await expect(button).toBeEnabled();
		await button.focus();
		const [d] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
		expect(d.suggestedFilename()).toBe('salary-vs-growth.csv');
		// The PNG takes a moment; its button keeps the focus meanwhile and after.
		const png = page.locator('#salary-vs-growth').getByRole('button', { name: 'Download PNG' });
		await png.focus();
		const [p] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
		expect(p.suggestedFilename()).toBe('salary-vs-growth.png');
		await expect(png).toBeFocused();
		await expect(page.locator('#salary-vs-growth .export [role="status"]')).toContainText(
			'Saved salary-vs-growth.png'
		);
	});

	test('writes the PNG under the name and size it states (tall layout on a phone)', async ({
		browser
	}) => {
		const { context, page } = await onPhone(browser, '/');
		const heat = page.locator('#skill-heatmap');
		await heat.getByRole('button', { name: DOWNLOAD }).click();
		const stated = (await heat.locator('.size').textContent())!;
		const file = await download(page, heat, 'Download PNG');
		const png = decodePng(file.bytes);
		expect(`${png.width.toLocaleString('en-US')} × ${png.height.toLocaleString('en-US')} px`).toBe(
			stated
		);
		expect(png.height).toBeGreaterThan(png.width);
		await context.close();
	});

	test('on a phone the controls wait behind one Download button, opened from the keyboard', async ({
		browser
	}) => {
		const { context, page } = await onPhone(browser, '/?skills=python');
		const figure = page.locator('#salary-vs-growth');
		const toggle = figure.getByRole('button', { name: DOWNLOAD });
		const svg = figure.getByRole('button', { name: 'Download SVG' });
		// Every chart has its own, closed; none of the controls are on screen.
		await expect(page.getByRole('button', { name: DOWNLOAD })).toHaveCount(5);
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		for (const name of ['Download SVG', 'Download PNG', 'Download CSV'])
			await expect(figure.getByRole('button', { name })).toBeHidden();
		await expect(figure.getByLabel('PNG scale')).toBeHidden();
		const closed = (await figure.boundingBox())!.height;

		await toggle.focus();
		await page.keyboard.press('Enter');
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		await expect(svg).toBeVisible();
		// The controls follow the button in the reading and tab order.
		await page.keyboard.press('Tab');
		await expect(svg).toBeFocused();
		const [d] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
		expect(d.suggestedFilename()).toBe('salary-vs-growth--python.svg');
		await expect(figure.getByRole('status')).toHaveText(/^Saved salary-vs-growth--python\.svg$/);
		// Only this chart's controls opened; closing again hides them and keeps what the export said.
		await expect(
			page.locator('#skill-heatmap').getByRole('button', { name: 'Download SVG' })
		).toBeHidden();
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await expect(svg).toBeHidden();
		await expect(figure.getByRole('status')).toBeVisible();
		expect((await figure.boundingBox())!.height).toBeLessThan(closed + 40);
		await context.close();
	});

	test('on a wide screen the controls are in view and the Download button is not', async ({
		page
	}) => {
		await gotoReady(page, '/');
		const figure = page.locator('#salary-vs-growth');
		await expect(figure.getByRole('button', { name: 'Download SVG' })).toBeVisible();
		await expect(figure.getByRole('button', { name: DOWNLOAD })).toBeHidden();
	});
});

test.describe('PNG drawn like the SVG', () => {
	// The PNG is drawn straight onto a canvas (`export/draw.ts`), not through the browser's SVG
	// renderer; the two must give the same picture.
	const figures = [
		'salary-vs-growth',
		'skill-heatmap',
		'compare-pay-growth',
		'compare-requirements',
		'requirements-overview'
	];
	for (const id of figures)
		test(`${id}: PNG matches the SVG rendered by the browser`, async ({ page }) => {
			await gotoReady(page, '/?skills=python&compare=machine-learning-engineer,data-scientist');
			await expectPngLikeSvg(page, page.locator(`#${id}`));
		});
});
