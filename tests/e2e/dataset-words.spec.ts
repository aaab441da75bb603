/**
 * The same app built, with no code change, on a hand-made dataset of five occupations with words of
 * its own (tests/fixtures/occupations.json; see scripts/test.mjs): its own headline, measure names
 * ("Median annual wage", "Employment change"), source name and rubric, seven categories, and no
 * `context`. Every word the page shows about the data must be that dataset's.
 */
import { csvParseRows } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { OTHER_PORT } from '../../playwright.config';
import { expect, gotoOwnFont, test } from './fixtures';

const BASE = `http://localhost:${OTHER_PORT}`;

test.describe('a dataset with words of its own', () => {
	test('the page speaks of its data: headline, measures, source, About, rubric', async ({
		page
	}) => {
		await page.goto(`${BASE}/`);
		await expect(page).toHaveTitle('ML Careers Explorer: pay, growth and skills of occupations');
		await expect(page.locator('h1')).toHaveText(
			'Five occupations: wages, outlook and what it takes'
		);
		await expect(page.locator('.lede')).toHaveText(
			'5 roles compared by median annual wage (May 2024), employment change (2024–2034) and what employers ask for. Every figure is quoted from the BLS Occupational Outlook Handbook.'
		);
		const scatter = page.getByRole('figure', {
			name: 'Median wage against employment change'
		});
		await expect(scatter).toBeVisible();
		await expect(scatter.locator('text.title')).toHaveText([
			'Median annual wage (USD, May 2024)',
			'Employment change, 2024–2034 →'
		]);
		await expect(
			scatter.getByRole('button', {
				name: 'Data scientists: median annual wage $112,590, employment change 34% (2024–2034)'
			})
		).toHaveCount(1);
		await scatter.locator('[data-role="electricians"] .mark').hover();
		await expect(page.locator('.tooltip')).toContainText('Median annual wage $62,350');
		await expect(page.locator('.tooltip')).toContainText('Employment change 9%');

		const about = page.locator('#about');
		await expect(about).toContainText(
			'All figures come from “Occupational Outlook Handbook (fixture)” by U.S. Bureau of Labor Statistics.'
		);
		await expect(about).toContainText('Employment change is the projected percent change');
		await expect(about).toContainText('as listed in the handbook’s “How to become one” tab');
		// No context in this dataset: no headings for it, and none of the bundled article's rubric.
		await expect(about.locator('h3')).toHaveText(['How requirement strength is read', 'Sources']);
		await expect(about).not.toContainText('at a minimum, a familiarity with');
		await expect(about.locator('#source-1')).toContainText('(median annual wage)');
		await expect(page.locator('.site-footer')).toContainText(
			'Figures as published in the BLS Occupational Outlook Handbook'
		);
		// Not a word about the bundled article anywhere on the page.
		const text = await page.locator('body').innerText();
		for (const word of ['article', 'Coursera', 'machine-learning', 'Glassdoor', 'total pay']) {
			expect(text, word).not.toContain(word);
		}
	});

	test('tables, sort labels, the comparison and the CSV use the measures’ names', async ({
		page
	}) => {
		await page.goto(`${BASE}/?compare=electricians,registered-nurses`);
		const scatter = page.locator('#salary-vs-growth');
		await scatter.getByText('Show data').click();
		await expect(scatter.locator('thead th')).toHaveText([
			'Role',
			'Median annual wage (USD)',
			'Employment change 2024–2034',
			'Sources'
		]);
		await expect(page.locator('#skill-heatmap .sort-note')).toHaveText(
			'Rows sorted by median wage, highest first.'
		);
		await expect(page.locator('#compare-pay-growth .differences')).toHaveText(
			'Registered nurses: $31,250 more than Electricians ($93,600 vs $62,350); −4 points of employment change (5% vs 9%).'
		);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			scatter.getByRole('button', { name: 'Download CSV' }).click()
		]);
		const rows = csvParseRows(readFileSync(await download.path(), 'utf8'));
		expect(rows[0]!.slice(0, 4)).toEqual([
			'role_id',
			'role',
			'median_annual_wage_usd',
			'employment_change_percent'
		]);
		expect(rows.slice(1).map((r) => r[0])).toEqual([
			'software-developers',
			'data-scientists',
			'registered-nurses',
			'accountants',
			'electricians'
		]);
	});

	test('comparing two roles (or, on a phone, five), skill names get the room the columns spare', async ({
		browser
	}) => {
		for (const width of [360, 1280]) {
			const context = await browser.newContext({ viewport: { width, height: 800 } });
			const page = await context.newPage();
			// What fits is measured in the font drawn: the page's own (in the system's, wider,
			// "High school diploma" is cut on a phone, as it should be).
			await gotoOwnFont(page, `${BASE}/`);
			await page.locator('#compare-requirements').scrollIntoViewIfNeeded();
			await expect(page.locator('[data-island="compare"][data-live]')).toHaveCount(1);
			const matrix = page.locator('#compare-requirements');
			// Cut to 112 px before ("No prior experien…"), whole now that two columns leave room.
			await expect(matrix.locator('text.skill')).toHaveText([
				'Bachelor’s degree',
				'No prior experience',
				'Analytical skills',
				'Communication skills',
				'Math skills',
				'Software',
				'Office'
			]);
			// Each name ends before the cells begin, and two roles' cells stay wide (40 px or more).
			const box = async (selector: string) =>
				(await matrix.locator(selector).first().boundingBox())!;
			const name = await box('text.skill:text("Communication skills")');
			const cell = await box('[data-cell]');
			expect(name.x + name.width, `${width} px`).toBeLessThanOrEqual(cell.x);
			expect(cell.width, `${width} px`).toBeGreaterThanOrEqual(40);
			if (width === 360) {
				// The heatmap on a phone: five roles' columns spare some room too.
				const heat = page.locator('#skill-heatmap .heat-tall');
				await heat.scrollIntoViewIfNeeded();
				// Live: prerendered, names are cut to an estimate of their width, not a measure.
				await expect(page.locator('[data-island="heatmap"][data-live]')).toHaveCount(1);
				await expect(heat.locator('text.skill')).toContainText([
					'High school diploma',
					'No prior experience'
				]);
			}
			await context.close();
		}
	});

	test('seven categories draw readably: four colours and one for the rest, named', async ({
		page
	}) => {
		await page.goto(`${BASE}/`);
		const overview = page.locator('#requirements-overview');
		await expect(
			overview.getByRole('list', { name: 'Requirement categories' }).locator('li')
		).toHaveText([
			'Typical education',
			'Work experience',
			'On-the-job training',
			'Licences',
			'Other categories (Important qualities, Tools and Work settings)'
		]);
		// Every segment has a fill: none is left transparent for want of a colour.
		const fills = await overview
			.locator('.seg rect')
			.evaluateAll((rects) => rects.map((r) => getComputedStyle(r).fill));
		expect(fills.length).toBeGreaterThan(10);
		for (const fill of fills) expect(fill).toMatch(/^rgb\(/);
		// The table keeps every category as a column.
		await overview.getByText('Show data').click();
		await expect(overview.locator('thead th')).toHaveText([
			'Role',
			'Typical education',
			'Work experience',
			'On-the-job training',
			'Licences',
			'Important qualities',
			'Tools',
			'Work settings',
			'Total'
		]);
	});
});
