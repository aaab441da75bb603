import { expect, gotoReady, axeViolations, openFilter, test } from './fixtures';
import type { Page } from '@playwright/test';

const compared = (page: Page) => page.locator('#compare-pay-growth tbody tr th');
const selection = (page: Page) => page.locator('#compare .selection');

test.describe('comparison', () => {
	test('with nothing chosen, shows the default pair and says so', async ({ page }) => {
		await page.goto('/');
		await expect(selection(page)).toContainText(
			'Showing a default pair, the two highest-paid roles'
		);
		await page.locator('#compare-pay-growth').getByText('Show data').click();
		await expect(compared(page)).toHaveText(['Machine learning engineer', 'Data scientist']);
		await expect(page.locator('#compare-pay-growth .differences')).toHaveText(
			'Data scientist: $6,000 less than Machine learning engineer ($155,000 vs $161,000); +14 points of projected growth (34% vs 20%).'
		);
	});

	test('choose roles with the control; numbers match the dataset; URL keeps them', async ({
		page
	}) => {
		await page.goto('/');
		const picker = page.getByRole('group', { name: 'Roles to compare (2 to 4)' });
		await picker.getByRole('checkbox', { name: 'Software engineer' }).check();
		await picker.getByRole('checkbox', { name: 'Software developer' }).check();
		await expect(page).toHaveURL(/compare=software-engineer,software-developer$/);
		await expect(selection(page)).toHaveText('Comparing Software engineer, Software developer.');
		const fig = page.locator('#compare-pay-growth');
		await fig.getByText('Show data').click();
		const rows = fig.locator('tbody tr');
		await expect(rows.nth(0).locator('td')).toHaveText(['$149,000', '—', '7%', '—']);
		await expect(rows.nth(1).locator('td')).toHaveText([
			'$122,000',
			'−$27,000',
			'15%',
			'+8 points'
		]);
		await expect(fig.locator('.differences')).toContainText(
			'Software developer: $27,000 less than Software engineer'
		);
		// Requirements: Python is only the software engineer's; a bachelor's degree is shared.
		const req = page.locator('#compare-requirements');
		await expect(req.locator('.overlap-lists p').first()).toHaveText(
			'Shared by all: Bachelor’s degree, Degree: computer science'
		);
		await req.getByText('Show data').click();
		await expect(req.locator('tr[data-skill="bachelors-degree"] td').last()).toHaveText(
			'Shared by all'
		);
		await expect(req.locator('tr[data-skill="sql"] td')).toHaveText([
			'Familiarity',
			'Not mentioned',
			'Only Software engineer'
		]);
		await expect(req.locator('tr[data-skill="programming"] td')).toHaveText([
			'Not mentioned',
			'Essential',
			'Only Software developer'
		]);
		// Responsibilities side by side.
		await expect(page.locator('#compare .resp-grid h4')).toHaveText([
			'Software engineer',
			'Software developer'
		]);
	});

	test('at most four; the fifth is disabled until one is removed', async ({ page }) => {
		await page.goto('/?compare=data-scientist,ai-engineer,software-engineer,software-developer');
		const picker = page.getByRole('group', { name: 'Roles to compare (2 to 4)' });
		await expect(picker.getByRole('checkbox', { name: 'Computational linguist' })).toBeDisabled();
		await picker.getByRole('checkbox', { name: 'AI engineer' }).uncheck();
		await expect(picker.getByRole('checkbox', { name: 'Computational linguist' })).toBeEnabled();
	});

	test('clicking a scatter point adds its role; clicking again removes it', async ({ page }) => {
		await page.goto('/?compare=data-scientist,ai-engineer');
		const point = page.locator('#salary-vs-growth .point[data-role="computational-linguist"]');
		await point.locator('.mark').click();
		await expect(page).toHaveURL(/compare=data-scientist,ai-engineer,computational-linguist/);
		await expect(point).toHaveAttribute('aria-pressed', 'true');
		await expect(selection(page)).toHaveText(
			'Comparing Data scientist, AI engineer, Computational linguist.'
		);
		// A compared role's point is ringed, in the page's ink; the others are not.
		const rings = page.locator('#salary-vs-growth .point:has(.ring)');
		await expect(rings).toHaveCount(3);
		await expect(point.locator('.ring')).toHaveCSS('stroke-width', '2px');
		await point.locator('.mark').click();
		await expect(page).toHaveURL(/compare=data-scientist,ai-engineer$/);
		await expect(point.locator('.ring')).toHaveCount(0);
		await expect(rings).toHaveCount(2);
	});

	test('keyboard: Enter on a focused point toggles it', async ({ page }) => {
		await page.goto('/?compare=data-scientist,ai-engineer');
		await page.locator('#salary-vs-growth .point[tabindex="0"]').focus();
		await page.keyboard.press('Enter');
		await expect(selection(page)).toHaveText(
			'Comparing Data scientist, AI engineer, Software engineer.'
		);
	});

	test('clicking a heatmap row adds its role', async ({ page }) => {
		await page.goto('/?compare=data-scientist,ai-engineer');
		await page
			.locator('#skill-heatmap .heat-wide [data-cell="software-developer|programming"] rect')
			.click();
		await expect(selection(page)).toHaveText(
			'Comparing Data scientist, AI engineer, Software developer.'
		);
		// Keyboard: Enter on a focused cell toggles that cell's role (the first row: ML engineer).
		await page.locator('#skill-heatmap .heat-wide .cell[tabindex="0"]').focus();
		await page.keyboard.press('Control+Home');
		await expect(page.locator(':focus')).toHaveAttribute(
			'data-cell',
			'machine-learning-engineer|python'
		);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(
			/compare=data-scientist,ai-engineer,software-developer,machine-learning-engineer$/
		);
		// A click on the role's name removes it again.
		await page
			.locator('#skill-heatmap .heat-wide')
			.getByText('Data scientist', { exact: true })
			.click();
		await expect(page).toHaveURL(
			/compare=ai-engineer,software-developer,machine-learning-engineer$/
		);
	});

	test('a comparison link with junk keeps the valid part and says what it ignored', async ({
		page
	}) => {
		await page.goto('/?compare=ai-engineer,%3Cb%3Ehi%3C/b%3E,software-engineer&skills=python');
		await expect(page.locator('.notice')).toContainText('unknown role “<b>hi</b>”');
		await expect(selection(page)).toHaveText('Comparing AI engineer, Software engineer.');
		await expect(page.locator('#compare b:text("hi")')).toHaveCount(0);
		// The filter applies to the comparison: Python's row is highlighted.
		await expect(page.locator('#compare-requirements .hl')).toHaveCount(1);
	});

	test('the overview covers every role without choosing', async ({ page }) => {
		await page.goto('/');
		const fig = page.locator('#requirements-overview');
		await fig.getByText('Show data').click();
		await expect(fig.locator('tbody tr')).toHaveCount(7);
		await expect(fig.locator('tr[data-role="data-scientist"] td')).toHaveText([
			'3',
			'3',
			'0',
			'1',
			'5',
			'12'
		]);
		await expect(fig.locator('tr[data-role="computational-linguist"] td').last()).toHaveText('2');
		// Its subtitle says why some roles are dimmed once a skill is chosen.
		await expect(fig.locator('.subtitle')).toHaveText(
			'How many requirements the source lists for each role, by kind.'
		);
		await openFilter(page);
		await page.getByRole('checkbox', { name: /^SQL/ }).check();
		await expect(fig.locator('.subtitle')).toHaveText('Roles asking for SQL; other roles dimmed');
		// Data scientist and Software engineer ask for SQL; the other five are dimmed.
		await expect(fig.locator('text.row.dimmed')).toHaveCount(5);
	});

	test('stacks on a phone and stays axe-clean', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
		const page = await context.newPage();
		await gotoReady(page, '/?compare=machine-learning-engineer,data-scientist,ai-engineer');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			360
		);
		const boxes = await page
			.locator('#compare .resp-grid article')
			.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
		expect(boxes[1]).toBeGreaterThan(boxes[0]!);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});
	test('on a phone, the comparison and the overview draw inside their boxes, names clear of bars', async ({
		browser
	}) => {
		const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
		const page = await context.newPage();
		// A filter dims some roles: their names and bars are drawn too.
		await gotoReady(page, '/?skills=sql&compare=data-scientist,ai-engineer');
		for (const id of ['#compare-pay-growth', '#requirements-overview']) {
			const outside = await page.locator(`${id} .chart-box`).evaluateAll((boxes) =>
				boxes.flatMap((box) => {
					const b = box.getBoundingClientRect();
					return [...box.querySelectorAll('svg text')]
						.map((t) => [t.textContent, t.getBoundingClientRect()] as const)
						.filter(([, r]) => r.width > 0 && (r.left < b.left - 0.5 || r.right > b.right + 0.5))
						.map(([text]) => text);
				})
			);
			expect(outside, `${id}: texts outside the chart's box`).toEqual([]);
		}
		// Each role's name sits above its bar, in the gap below the bar before: no bar covers it.
		const covered = await page.locator('#requirements-overview .chart-box svg').evaluate((svg) => {
			const bars = [...svg.querySelectorAll('.seg rect')].map((r) => r.getBoundingClientRect());
			return [...svg.querySelectorAll('text.row')]
				.filter((t) => {
					const n = t.getBoundingClientRect();
					return bars.some(
						(b) =>
							n.left < b.right &&
							b.left < n.right &&
							n.top < b.bottom - 0.5 &&
							b.top + 0.5 < n.bottom
					);
				})
				.map((t) => t.textContent);
		});
		expect(covered).toEqual([]);
		await context.close();
	});
});

test.describe('comparison marks from the keyboard', () => {
	test('compared dots and overview bars take focus and name their values', async ({ page }) => {
		await page.goto('/?compare=data-scientist,ai-engineer');
		const dots = page
			.locator('#compare-pay-growth')
			.getByRole('img', { name: /^Data scientist: \$155,000$/ });
		await expect(dots).toHaveCount(1);
		await dots.focus();
		await expect(dots).toBeFocused();
		await expect(
			page.locator('#compare-pay-growth').getByRole('img', { name: 'AI engineer: 20%' })
		).toHaveCount(1);

		const first = page.locator('#requirements-overview rect.focus[tabindex="0"]');
		await first.focus();
		await expect(first).toHaveAttribute(
			'aria-label',
			'Data scientist: 12 requirements (Programming languages 3, Big-data platforms 3, Knowledge areas 1, Education (bachelor’s degree and field) 5)'
		);
		await page.keyboard.press('ArrowDown');
		await expect(page.locator(':focus')).toHaveAttribute(
			'aria-label',
			/^AI engineer: 10 requirements/
		);
		await page.keyboard.press('End');
		await expect(page.locator(':focus')).toHaveAttribute(
			'aria-label',
			/^Computational linguist: 2 requirements/
		);
	});
});
