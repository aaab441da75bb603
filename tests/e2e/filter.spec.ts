import {
	expect,
	figureLabels,
	FONTS,
	useFont,
	axeViolations,
	test,
	openFilter,
	closeFilter,
	filterButton
} from './fixtures';

/** The heatmap's category labels that run into one another or out of the chart's box, named. */
const groupLabelClashes = (figure: import('@playwright/test').Locator) =>
	figure.evaluate((f) => {
		const box = f.querySelector('.heat-wide')!.getBoundingClientRect();
		const labels = [...f.querySelectorAll('.heat-wide text.group')].map((t) => ({
			text: t.textContent!,
			r: t.getBoundingClientRect()
		}));
		const clashes: string[] = [];
		for (const [i, a] of labels.entries()) {
			if (a.r.bottom > box.bottom + 1 || a.r.right > box.right + 1 || a.r.left < box.left - 1)
				clashes.push(`${a.text} out of the chart`);
			for (const b of labels.slice(i + 1))
				if (
					a.r.left < b.r.right &&
					b.r.left < a.r.right &&
					a.r.top < b.r.bottom &&
					b.r.top < a.r.bottom
				)
					clashes.push(`${a.text} over ${b.text}`);
		}
		return clashes;
	});

const status = (page: import('@playwright/test').Page) =>
	page.getByRole('status').filter({ hasText: /roles? (match|shown)/ });

test.describe('skill filter', () => {
	test('ticking Python and SQL updates status, dimming, URL and tables', async ({ page }) => {
		await page.goto('/');
		await expect(status(page)).toHaveText(
			'All 7 roles shown. Tick skills to see which roles ask for them.'
		);
		await openFilter(page);
		await page.getByRole('checkbox', { name: /^Python/ }).check();
		await page.getByRole('checkbox', { name: /^SQL/ }).check();
		await expect(status(page)).toHaveText('4 of 7 roles match Python or SQL');
		await expect(page).toHaveURL(/\/\?skills=python,sql$/);
		await page.getByRole('radio', { name: 'all of' }).check();
		await expect(status(page)).toHaveText('2 of 7 roles match Python and SQL');
		await expect(page).toHaveURL(/\/\?skills=python,sql&match=all$/);
		await closeFilter(page);

		// Scatter: five dimmed, the two matches lit, nothing moved.
		await expect(page.locator('#salary-vs-growth .point.dimmed')).toHaveCount(5);
		await expect(page.locator('#salary-vs-growth .point:not(.dimmed)')).toHaveCount(2);
		await expect(
			page.locator('#salary-vs-growth .point[data-role="data-scientist"]')
		).not.toHaveClass(/dimmed/);
		// Heatmap: rows of non-matching roles dimmed, chosen columns highlighted (once near the view).
		const heat = page.locator('#skill-heatmap .heat-wide');
		await heat.scrollIntoViewIfNeeded();
		await expect(heat.locator('.hl')).toHaveCount(2);
		await expect(heat.locator('.role:not(.dimmed) .cell')).toHaveCount(2 * 23);
		await expect(heat.locator('.role.dimmed .cell')).toHaveCount(5 * 23);

		// The data tables hold only the matching roles.
		const scatterFig = page.locator('#salary-vs-growth');
		await scatterFig.getByText('Show data').click();
		const rows = scatterFig.locator('tbody tr');
		await expect(rows).toHaveCount(2);
		await expect(rows.nth(0).locator('th')).toHaveText('Data scientist');
		await expect(rows.nth(1).locator('th')).toHaveText('Software engineer');
		await expect(rows.nth(0).locator('td').nth(2)).toHaveText('2 of 2');
		const heatFig = page.locator('#skill-heatmap');
		await heatFig.getByText('Show data').click();
		// The table is built when opened: wait for its rows rather than read them at once.
		await expect
			.poll(async () => new Set(await heatFig.locator('tbody tr th').allTextContents()))
			.toEqual(new Set(['Data scientist', 'Software engineer']));
		await expect(
			heatFig.locator('tbody tr[data-role="software-engineer"][data-skill="sql"] td').nth(2)
		).toHaveText('Familiarity');
	});

	test('a shared link reproduces the view', async ({ page }) => {
		await page.goto('/?skills=python,sql&match=all');
		await expect(status(page)).toHaveText('2 of 7 roles match Python and SQL');
		await openFilter(page);
		await expect(page.getByRole('checkbox', { name: /^Python/ })).toBeChecked();
		await expect(page.getByRole('checkbox', { name: /^SQL/ })).toBeChecked();
		await expect(page.getByRole('radio', { name: 'all of' })).toBeChecked();
		await expect(page.locator('#salary-vs-growth .point.dimmed')).toHaveCount(5);
		await expect(page.getByText('Part of the link was ignored')).toHaveCount(0);
	});

	test('Back and Forward move through filter states without a reload', async ({ page }) => {
		await page.goto('/');
		await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
		await openFilter(page);
		await page.getByRole('checkbox', { name: /^Python/ }).check();
		await expect(status(page)).toHaveText('4 of 7 roles match Python');
		await page.getByRole('checkbox', { name: /^Kafka/ }).check();
		await expect(status(page)).toHaveText('4 of 7 roles match Python or Kafka');
		// The history entry is written once the changed screen is drawn, about two frames later (the
		// address bar shows when); a Back pressed before that would be overtaken by the entry.
		await expect(page).toHaveURL(/\?skills=python,kafka$/);
		await page.goBack();
		await expect(page).toHaveURL(/\?skills=python$/);
		await expect(status(page)).toHaveText('4 of 7 roles match Python');
		await expect(page.getByRole('checkbox', { name: /^Kafka/ })).not.toBeChecked();
		await page.goBack();
		await expect(status(page)).toHaveText(/All 7 roles shown/);
		await page.goForward();
		await page.goForward();
		await expect(status(page)).toHaveText('4 of 7 roles match Python or Kafka');
		// Same document all along: no reload happened.
		expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);
	});

	test('clicks quicker than a frame: the screen stays on the newest view, each one in history', async ({
		page
	}) => {
		await page.goto('/');
		await openFilter(page);
		// Both ticks in one task, so the first history entry is written after the second tick; every
		// text the status line takes meanwhile is recorded.
		const seen = await page.evaluate(async () => {
			const line = document.querySelector('.filter .status')!;
			const out: string[] = [];
			const watch = new MutationObserver(() => out.push(line.textContent!));
			watch.observe(line, { subtree: true, characterData: true, childList: true });
			for (const id of ['python', 'kafka'])
				document.querySelector<HTMLInputElement>(`input[name="skills"][value="${id}"]`)!.click();
			while (!location.search.includes('kafka')) await new Promise((r) => setTimeout(r, 10));
			await new Promise((r) => setTimeout(r, 200));
			watch.disconnect();
			return out;
		});
		expect(seen).toEqual(['4 of 7 roles match Python or Kafka']);
		await expect(page).toHaveURL(/\?skills=python,kafka$/);
		await page.goBack();
		await expect(page).toHaveURL(/\?skills=python$/);
		await expect(status(page)).toHaveText('4 of 7 roles match Python');
		await expect(page.getByRole('checkbox', { name: /^Kafka/ })).not.toBeChecked();
	});

	test('the whole filter works with the keyboard alone, from its bar', async ({ page }) => {
		await page.goto('/');
		const button = filterButton(page);
		for (let i = 0; i < 10 && !(await button.evaluate((el) => el === document.activeElement)); i++)
			await page.keyboard.press('Tab');
		await expect(button).toBeFocused();
		await expect(button).toHaveAttribute('aria-expanded', 'false');
		await expect(page.locator('#filter-panel')).toBeHidden();
		await page.keyboard.press('Enter');
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		await expect(page.getByRole('radio', { name: 'any of' })).toBeVisible();
		// The panel follows the bar: its controls are next in the tab order.
		await page.keyboard.press('Tab');
		await expect(page.getByRole('radio', { name: 'any of' })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Done' })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('checkbox', { name: /^Python/ })).toBeFocused();
		await page.keyboard.press('Space');
		await page.keyboard.press('Tab'); // C++
		await page.keyboard.press('Tab'); // Java
		await page.keyboard.press('Space');
		await expect(status(page)).toHaveText('4 of 7 roles match Python or Java');
		// Back up to the mode radios, and choose "all of" with the arrow keys.
		for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+Tab');
		await expect(page.getByRole('radio', { name: 'any of' })).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await expect(page.getByRole('radio', { name: 'all of' })).toBeChecked();
		await expect(status(page)).toHaveText('3 of 7 roles match Python and Java');
		await expect(page.locator('#filter-summary')).toHaveText(
			'Python, Java · all of · 3 of 7 roles'
		);
		// Escape closes the panel and gives the focus back to the bar's button.
		await page.keyboard.press('Escape');
		await expect(page.locator('#filter-panel')).toBeHidden();
		await expect(button).toBeFocused();
		await expect(button).toHaveAttribute('aria-expanded', 'false');
		// Open again, Done closes it the same way.
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Done' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('#filter-panel')).toBeHidden();
		await expect(button).toBeFocused();
		// Clear, in the bar.
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Clear filter' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(status(page)).toHaveText(/All 7 roles shown/);
		await expect(page.locator('#filter-summary')).toHaveText('No skills ticked · 7 roles');
		await expect(page).toHaveURL(/\/\?match=all$/);
	});

	test('a hostile link shows a notice, applies the valid part, runs nothing', async ({ page }) => {
		await page.goto(
			'/?skills=python,%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E,python,,nope&match=%3Cscript%3Ealert(2)%3C/script%3E'
		);
		const notice = page.locator('.notice');
		await expect(notice).toBeVisible();
		await expect(notice).toContainText('unknown skill “<img src=x onerror=alert(1)>”');
		await expect(notice).toContainText('repeated skill “python”');
		await expect(notice).toContainText('unknown skill “nope”');
		await expect(notice).toContainText('match mode “<script>alert(2)</script>”');
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
		await expect(status(page)).toHaveText('4 of 7 roles match Python');
		// The address is tidied to what applies, so copying it shares a clean link.
		await expect(page).toHaveURL(/\/\?skills=python$/);
		await page.getByRole('button', { name: 'Dismiss' }).click();
		await expect(notice).toHaveCount(0);
		// The fixture fails the test if any dialog opened or a console error was logged.
	});

	test('when nothing matches, the charts say so and offer to clear', async ({ page }) => {
		await page.goto('/?skills=perl,kafka&match=all');
		await expect(status(page)).toHaveText('0 of 7 roles match Perl and Kafka');
		const scatter = page.locator('#salary-vs-growth');
		await expect(scatter.getByText('No role matches the chosen skills.').first()).toBeVisible();
		await scatter.getByRole('button', { name: 'Clear the filter' }).click();
		await expect(status(page)).toHaveText(/All 7 roles shown/);
		await expect(page.locator('.point.dimmed')).toHaveCount(0);
	});

	test('any-of ranks roles by how many chosen skills they ask for', async ({ page }) => {
		await page.goto('/?skills=python,sql,r');
		await openFilter(page);
		const ranking = page.getByRole('list', {
			name: 'Roles ranked by the chosen skills they ask for'
		});
		await expect(ranking.locator('li').first()).toHaveText('Data scientist 3 of 3');
		await expect(
			page.locator('#skill-heatmap .heat-wide').getByText('asks for 3 of 3')
		).toBeVisible();

		// On a phone, one role to a line, in rank order down the page.
		await page.setViewportSize({ width: 360, height: 780 });
		const rects = await ranking
			.locator('li')
			.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()));
		expect(rects).toHaveLength(7);
		for (let i = 1; i < rects.length; i++) {
			expect(rects[i]!.top).toBeGreaterThanOrEqual(rects[i - 1]!.bottom);
			expect(rects[i]!.left).toBe(rects[0]!.left);
		}
	});

	test('ticking and clearing skills does not move the charts below the filter', async ({
		page
	}) => {
		await page.goto('/');
		const top = async () => (await page.locator('#salary-vs-growth').boundingBox())!.y;
		const before = await top();
		await openFilter(page);
		await expect(
			page.getByText('With skills ticked, the roles asking for most of them')
		).toBeVisible();
		const ranking = page.getByRole('list', {
			name: 'Roles ranked by the chosen skills they ask for'
		});
		await page.getByRole('checkbox', { name: /^Python/ }).check();
		await expect(ranking.locator('li')).toHaveCount(7);
		expect(await top()).toBe(before);
		await page.getByRole('checkbox', { name: /^SQL/ }).check();
		await expect(status(page)).toHaveText('4 of 7 roles match Python or SQL');
		expect(await top()).toBe(before);
		await page.getByRole('button', { name: 'Clear filter' }).click();
		await expect(ranking).toHaveCount(0);
		expect(await top()).toBe(before);
		// The list is kept (hidden) and rewritten in place: a new tick shows the new ranking.
		await page.getByRole('checkbox', { name: /^R\b/ }).check();
		await expect(ranking.locator('li').nth(0)).toHaveText('Data scientist 1 of 1');
		await expect(ranking.locator('li').nth(1)).toHaveText('AI engineer 1 of 1');
		await expect(ranking.locator('li').nth(2)).toHaveText('Machine learning engineer 0 of 1');
		expect(await top()).toBe(before);
	});

	test('axe finds no violation with a filter and a notice on screen', async ({ page }) => {
		await page.goto('/?skills=python,sql,bogus');
		await expect(page.locator('.notice')).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		await openFilter(page);
		expect(await axeViolations(page)).toEqual([]);
	});
});

test.describe('skill heatmap', () => {
	test('hover shows the role, skill, strength and the source’s words', async ({ page }) => {
		await page.goto('/');
		await page.locator('.heat-wide [data-cell="software-engineer|sql"] rect').hover();
		const tip = page.locator('#skill-heatmap .tooltip');
		await expect(tip).toContainText('Software engineer · SQL');
		await expect(tip).toContainText('Familiarity');
		await expect(tip).toContainText(
			'at a minimum, a familiarity with Linux/Unix, Perl, Shell, and SQL'
		);
	});

	test('arrow keys move between cells and the tooltip follows', async ({ page }) => {
		await page.goto('/');
		const first = page.locator('.heat-wide .cell[tabindex="0"]');
		await first.focus();
		await expect(first).toHaveAttribute('data-cell', 'machine-learning-engineer|python');
		await page.keyboard.press('ArrowDown');
		await expect(page.locator(':focus')).toHaveAttribute('data-cell', 'data-scientist|python');
		await page.keyboard.press('ArrowRight');
		await expect(page.locator(':focus')).toHaveAttribute('data-cell', 'data-scientist|cpp');
		await expect(page.locator('#skill-heatmap .tooltip')).toContainText(
			'Not mentioned for this role'
		);
		await page.keyboard.press('End');
		await expect(page.locator(':focus')).toHaveAttribute(
			'data-cell',
			'data-scientist|degree-engineering'
		);
	});

	for (const font of FONTS)
		test(`category labels stay inside the figure in a narrower window (${font} font)`, async ({
			page
		}) => {
			await useFont(page, font);
			await page.setViewportSize({ width: 800, height: 900 });
			await page.goto('/');
			const fig = page.locator('#skill-heatmap');
			await fig.locator('.heat-wide').scrollIntoViewIfNeeded();
			const labels = await figureLabels(fig, '.heat-wide text.group');
			expect(labels).toHaveLength(5);
			expect(labels.filter((l) => !l.inside)).toEqual([]);
			// The last group's label, the long one, would run past the figure's edge from its group's
			// start: it ends at the edge instead, whole.
			expect(labels.at(-1)!.shown).toBe('Education (bachelor’s degree and field)');
			expect(labels.filter((l) => l.full)).toEqual([]);
			expect(await groupLabelClashes(fig)).toEqual([]);
		});

	// Prerendered, the labels are placed for the narrowest window that shows this layout; live, for
	// the chart's width. Either way no two run into each other or into what follows the chart.
	for (const width of [721, 1280])
		test(`category labels clear each other and the controls below, prerendered and live (${width} px)`, async ({
			browser
		}) => {
			for (const javaScriptEnabled of [false, true]) {
				const context = await browser.newContext({
					viewport: { width, height: 900 },
					javaScriptEnabled
				});
				const page = await context.newPage();
				await page.goto('/');
				const island = page.locator('[data-island="heatmap"]');
				await island.scrollIntoViewIfNeeded();
				if (javaScriptEnabled) await expect(island).toHaveAttribute('data-live');
				const fig = island.locator('#skill-heatmap');
				await expect(fig.locator('.heat-wide text.group')).toHaveCount(5);
				expect(await groupLabelClashes(fig), `JavaScript ${javaScriptEnabled}`).toEqual([]);
				await context.close();
			}
		});

	test('rows can be re-sorted, and the order is stated', async ({ page }) => {
		await page.goto('/');
		await page.locator('#skill-heatmap').scrollIntoViewIfNeeded();
		await page.getByLabel('Sort rows by').selectOption('growth');
		await expect(page.getByText('Rows sorted by projected growth, fastest first.')).toBeVisible();
		const firstRow = page.locator('.heat-wide .cell').first();
		await expect(firstRow).toHaveAttribute('data-cell', 'data-scientist|python');
	});

	test('far below the view, it follows the filter when scrolled near', async ({ page }) => {
		// A short window: the heatmap starts more than one and a half screens down.
		await page.setViewportSize({ width: 1280, height: 480 });
		await page.goto('/');
		const heat = page.locator('#skill-heatmap .heat-wide');
		await expect(heat.locator('g.role')).toHaveCount(7);
		await openFilter(page);
		await page.getByRole('checkbox', { name: /^Python/ }).check();
		await page.getByRole('checkbox', { name: /^SQL/ }).check();
		await page.getByRole('radio', { name: 'all of' }).check();
		await expect(status(page)).toHaveText('2 of 7 roles match Python and SQL');
		// Its words are current at once; its cells wait while it is out of sight…
		await expect(page.locator('#skill-heatmap .subtitle')).toContainText('Python and SQL');
		await expect(heat.locator('g.role.dimmed')).toHaveCount(0);
		// …and catch up as it comes near.
		await heat.scrollIntoViewIfNeeded();
		await expect(heat.locator('g.role.dimmed')).toHaveCount(5);
		await expect(heat.locator('.hl')).toHaveCount(2);
	});

	test('far below the view, it catches up before the page is printed', async ({ page }) => {
		// A short window: the heatmap starts more than one and a half screens down.
		await page.setViewportSize({ width: 1280, height: 480 });
		await page.goto('/');
		const heat = page.locator('#skill-heatmap .heat-wide');
		await openFilter(page);
		await page.getByRole('checkbox', { name: /^Python/ }).check();
		await page.getByRole('checkbox', { name: /^SQL/ }).check();
		await page.getByRole('radio', { name: 'all of' }).check();
		await expect(status(page)).toHaveText('2 of 7 roles match Python and SQL');
		await expect(heat.locator('g.role.dimmed')).toHaveCount(0);
		// A real print to PDF: the grid is brought up to date before the page is laid out for it.
		const pdf = await page.pdf();
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		await expect(heat.locator('g.role.dimmed')).toHaveCount(5);
		await expect(heat.locator('.hl')).toHaveCount(2);
		// After the print it waits again while out of sight.
		await page.getByRole('checkbox', { name: /^SQL/ }).uncheck();
		await expect(status(page)).toHaveText('4 of 7 roles match Python');
		await expect(heat.locator('g.role.dimmed')).toHaveCount(5);
	});

	test('is prerendered, and turns on its side on a phone', async ({ browser }) => {
		const context = await browser.newContext({
			viewport: { width: 360, height: 780 },
			javaScriptEnabled: false
		});
		const page = await context.newPage();
		await page.goto('/');
		await expect(page.locator('.heat-tall')).toBeVisible();
		await expect(page.locator('.heat-wide')).toBeHidden();
		// Drawn light: a path of cells per strength (7 roles × 23 skills in all), a symbol per
		// requirement, and the one cell that takes Tab, whole.
		const drawn = await page.locator('.heat-tall .cells').evaluate((g) => ({
			cells: [...g.querySelectorAll('path')]
				.map((p) => p.getAttribute('d')!.split('M').length - 1)
				.reduce((a, b) => a + b, 0),
			essential: g.querySelector('text.s-essential')!.textContent,
			symbols: [...g.querySelectorAll('[aria-hidden] text')].map((t) => t.textContent).join('')
				.length,
			named: [...g.querySelectorAll('[aria-label]')].map((c) => c.getAttribute('aria-label'))
		}));
		expect(drawn.cells).toBe(7 * 23);
		expect(drawn.essential).toMatch(/^●+$/);
		// The seed's 46 requirements (the overview's totals: 12, 10, 10, 6, 4, 2 and 2).
		expect(drawn.symbols).toBe(46);
		expect(drawn.named).toEqual([
			expect.stringMatching(
				/^Machine learning engineer, Python: Essential\. “It is necessary to be proficient in programming languages/
			)
		]);
		expect(await page.locator('.heat-tall *').count()).toBeLessThan(150);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			360
		);
		await context.close();
	});
});
