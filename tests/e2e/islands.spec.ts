/**
 * The heatmap and the comparison are islands: prerendered, and live once their code has loaded after
 * the page started (when they come near the viewport or the pointer or focus enters them, or when
 * the browser is idle once the page shows something they were not prerendered with). Here their
 * code is held back until the test lets it through.
 */
import { expect, holdIslands, keepParsed, openFilter, test, wakeIslands } from './fixtures';

test.describe('islands', () => {
	test('start prerendered and styled; live without a shift once their code arrives', async ({
		page
	}) => {
		const release = await holdIslands(page);
		await page.goto('/');
		const heat = page.locator('[data-island="heatmap"]');
		const compare = page.locator('[data-island="compare"]');
		// The page works (the filter answers) while they are prerendered markup, already styled (their
		// stylesheets are linked from the page: see the next test).
		await openFilter(page);
		await page.getByRole('checkbox', { name: /^Python/ }).check();
		await expect(page.locator('#salary-vs-growth .subtitle')).toContainText('Python');
		await expect(heat).not.toHaveAttribute('data-live');
		await expect(compare).not.toHaveAttribute('data-live');
		await expect(heat.locator('.heat-wide text.role')).toHaveCount(7);
		await expect(heat.locator('.heat-wide .cells path')).toHaveCount(5);
		await expect(heat.locator('.heat-wide .hl')).toHaveCount(0);
		await expect(heat.locator('.heat-tall')).toBeHidden();
		await expect(compare.locator('.figures')).toHaveCSS('display', 'grid');
		const before = await Promise.all([heat, compare].map((l) => l.boundingBox()));

		// Once live, they show the filter chosen meanwhile, at the same size.
		await release();
		await expect(heat).toHaveAttribute('data-live', '');
		await expect(compare).toHaveAttribute('data-live', '');
		await heat.scrollIntoViewIfNeeded();
		await expect(heat.locator('.heat-wide .hl')).toHaveCount(1);
		await expect(heat.locator('.heat-wide g.role')).toHaveCount(7);
		await page.evaluate(() => scrollTo(0, 0));
		const after = await Promise.all([heat, compare].map((l) => l.boundingBox()));
		for (let i = 0; i < 2; i++) expect(after[i]!.height).toBeCloseTo(before[i]!.height, 0);
	});

	test('their stylesheets come with the prerendered page (no script needed)', async ({
		browser
	}) => {
		const context = await browser.newContext({
			viewport: { width: 1280, height: 900 },
			javaScriptEnabled: false
		});
		const page = await context.newPage();
		await page.goto('/');
		// The heatmap's stylesheet hides the phone layout on a wide screen; the comparison's lays its
		// figures out in a grid. Neither is in the page's own stylesheet.
		await expect(page.locator('[data-island="heatmap"] .heat-tall')).toBeHidden();
		await expect(page.locator('[data-island="heatmap"] .heat-wide')).toBeVisible();
		await expect(page.locator('[data-island="compare"] .figures')).toHaveCSS('display', 'grid');
		await context.close();
	});

	test('a shared link applies to them once live', async ({ page }) => {
		const release = await holdIslands(page);
		await page.goto(
			'/?skills=python,sql&match=all&compare=machine-learning-engineer,data-scientist'
		);
		const compare = page.locator('[data-island="compare"]');
		// Prerendered with the default comparison; the link's applies when the section goes live.
		await expect(compare.locator('.selection')).toHaveText(/a default pair/);
		await release();
		await compare.scrollIntoViewIfNeeded();
		await expect(compare).toHaveAttribute('data-live', '');
		await expect(compare.locator('.selection')).toHaveText(
			'Comparing Machine learning engineer, Data scientist.'
		);
		const heat = page.locator('#skill-heatmap .heat-wide');
		await heat.scrollIntoViewIfNeeded();
		await expect(heat.locator('g.role.dimmed')).toHaveCount(5);
	});

	test('as prerendered, the page leaves them for the reader; showing anything else, it wakes them', async ({
		browser
	}) => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto('/');
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const asleep = page.locator('[data-island]:not([data-live])');
		const far = ['overview', 'about'].map((n) => page.locator(`[data-island="${n}"]`));
		// Idle for longer than the browser would wait to wake them: the sections more than a screen
		// away stay as prerendered (one within a quarter of a screen of the view goes live as it nears).
		await page.waitForTimeout(3000);
		for (const island of far) await expect(island).not.toHaveAttribute('data-live');
		// Near the view, one goes live as the reader comes to it.
		await far[0]!.scrollIntoViewIfNeeded();
		await expect(far[0]!).toHaveAttribute('data-live', '');
		await page.evaluate(() => scrollTo(0, 0));
		// A filter: the page no longer shows what they were prerendered with; all go live when idle.
		await openFilter(page);
		await page.getByRole('checkbox', { name: /^Python/ }).check();
		await expect(asleep).toHaveCount(0);
		await context.close();
	});

	test('as prerendered, the first chart goes live on its prerendered markup; the others replace theirs', async ({
		page
	}) => {
		// Each island's first element as parsed, before any script of the page runs; then, once all
		// are live, whether it is still in the page.
		const parsed = await keepParsed(page, '[data-island] > :first-child');
		const kept = async () => {
			await wakeIslands(page);
			const names = await page
				.locator('[data-island]')
				.evaluateAll((hosts) => hosts.map((h) => h.getAttribute('data-island')));
			return Object.fromEntries((await parsed()).map((still, i) => [names[i], still]));
		};
		const replaced = { heatmap: false, compare: false, overview: false, about: false };
		await page.goto('/');
		expect(await kept()).toEqual({ scatter: true, ...replaced });
		await page.goto('/embed/salary-vs-growth');
		expect(await kept()).toEqual({ scatter: true });
		// A link that shows something else: each is drawn afresh, with what the link asks for.
		await page.goto('/?skills=python');
		expect(await kept()).toEqual({ scatter: false, ...replaced });
		await expect(page.locator('#requirements-overview-desc')).toContainText('Python');
	});

	test('focus inside one while it loads stays on the same control', async ({ page }) => {
		const release = await holdIslands(page);
		await page.goto('/');
		const host = page.locator('[data-island="heatmap"]');
		await host.getByLabel('Sort rows by').focus();
		await expect(host).not.toHaveAttribute('data-live');
		await release();
		await expect(host).toHaveAttribute('data-live', '');
		const focused = await page.evaluate(() => ({
			label: document.activeElement?.closest('label')?.textContent?.trim().slice(0, 12),
			live: !!document.activeElement?.closest('[data-island][data-live]')
		}));
		expect(focused).toEqual({ label: 'Sort rows by', live: true });
		// The live control works.
		await page.keyboard.press('ArrowDown');
		await expect(page.getByText('Rows sorted by projected growth, fastest first.')).toBeVisible();
	});

	test('on a phone, focus on a heatmap cell stays on that cell', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
		const page = await context.newPage();
		const release = await holdIslands(page);
		await page.goto('/');
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		// The prerendered heatmap has both layouts (the wide one hidden here); the live one only the
		// layout on screen. The focus follows the reader's place, not the count of hidden controls.
		const cell = page.locator('[data-island="heatmap"] .heat-tall [data-cell][tabindex="0"]');
		await cell.focus();
		const id = await cell.getAttribute('data-cell');
		await release();
		await expect(page.locator('[data-island="heatmap"]')).toHaveAttribute('data-live', '');
		const focused = await page.evaluate(() => ({
			cell: document.activeElement?.getAttribute('data-cell'),
			tall: !!document.activeElement?.closest('.heat-tall'),
			live: !!document.activeElement?.closest('[data-island][data-live]')
		}));
		expect(focused).toEqual({ cell: id, tall: true, live: true });
		await context.close();
	});
});
