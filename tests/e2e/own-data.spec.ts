/**
 * Your own data, end to end: a spreadsheet opened through the file picker, pasted or dropped draws
 * every chart with its values; the filter, the comparison and the exports use the file's words; a
 * reload keeps it; a `#data=` link opens it in a fresh browser; hostile text stays text.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { csvParseRows } from 'd3-dsv';
import { generateDataset } from '../bench/generate.mjs';
import {
	axeViolations,
	closeFilter,
	expect,
	gotoReady,
	keptInBrowser,
	openFilter,
	test
} from './fixtures';

const CSV = readFileSync('tests/fixtures/own-roles.csv', 'utf8');
const hasRsvg = spawnSync('sh', ['-c', 'command -v rsvg-convert']).status === 0;

const panel = (page: Page) => page.getByRole('dialog', { name: 'Use your own data' });

async function openPanel(page: Page) {
	await page.getByRole('button', { name: 'Use your own data' }).click();
	await expect(panel(page).getByText('never leaves your device')).toBeVisible();
}

/** Chooses a CSV file in the panel's file picker: its text, its bytes, or a file's contents. */
async function chooseCsv(page: Page, name: string, content: string | number[] | Buffer) {
	const buffer =
		typeof content === 'string'
			? Buffer.from(content)
			: Array.isArray(content)
				? Buffer.from(content)
				: content;
	await panel(page)
		.locator('input[type="file"]')
		.setInputFiles({ name, mimeType: 'text/csv', buffer });
}

/** Shows what the panel has read, and waits for the page to draw it. */
async function showIt(page: Page, name: string, roles: number) {
	await panel(page)
		.getByRole('button', { name: `Show “${name}” (${roles.toLocaleString('en-US')} roles)` })
		.click();
	await expect(panel(page)).toBeHidden();
	await expect(page.locator('h1')).toHaveText(name);
	// Above 300 roles the points are drawn on a canvas.
	if (roles > 300)
		await expect(page.locator(`#salary-vs-growth canvas[data-painted="${roles}"]`)).toHaveCount(1);
	else await expect(page.locator('#salary-vs-growth .point')).toHaveCount(roles);
}

async function expectOwnRoles(page: Page) {
	const scatter = page.locator('#salary-vs-growth');
	await expect(
		scatter.getByRole('button', {
			name: 'Actuary: median salary $125,770, outlook 22% (2024–2034)'
		})
	).toHaveCount(1);
	await expect(scatter.locator('text.title')).toHaveText([
		'Median salary (USD, own roles)',
		// The period in the growth's header is the growth's period: "Outlook 2024-2034".
		'Outlook, 2024–2034 →'
	]);
	// The heatmap's columns are the file's skills, grouped by its columns (once near the view: the
	// sections below the first screen follow the page when they come near it).
	const heat = page.locator('#skill-heatmap .heat-wide');
	await heat.scrollIntoViewIfNeeded();
	await expect(heat.locator('.group')).toHaveText(['Typical education', 'Skills', 'Requirements']);
	// The filter works on the file's skills.
	await openFilter(page);
	await page.getByRole('checkbox', { name: /^Statistics/ }).check();
	await expect(page.getByRole('status').filter({ hasText: /roles? match/ })).toHaveText(
		'2 of 5 roles match Statistics'
	);
	await expect(page).toHaveURL(/\?skills=skills-statistics$/);
	await expect(scatter.locator('.point:not(.dimmed)')).toHaveCount(2);
	await closeFilter(page);
}

async function download(page: Page, figure: Locator, name: string) {
	const [d] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name }).click()
	]);
	return readFileSync(await d.path());
}

test.describe('your own data', () => {
	test('a CSV chosen with the file picker: mapping, preview, every chart, exports', async ({
		page
	}) => {
		await page.goto('/');
		await openPanel(page);
		await chooseCsv(page, 'own-roles.csv', CSV);
		const mapping = panel(page).locator('table.mapping');
		await expect(mapping.locator('tbody th')).toHaveText([
			'Job title',
			'Median salary',
			'Outlook 2024-2034',
			'Typical education',
			'Skills',
			'Licence',
			'Openings a year'
		]);
		await expect(mapping.getByLabel('Read Openings a year as')).toHaveValue('ignore');
		await expect(panel(page).getByText('Columns not used: Openings a year')).toBeVisible();
		const preview = panel(page).locator('table.preview tbody tr');
		await expect(preview.first()).toContainText('Data analyst$83,64023%');
		await showIt(page, 'own roles', 5);
		await expectOwnRoles(page);

		// The comparison and the exports carry the dataset's own name and source.
		await page.goto('/?compare=actuary,statistician');
		await expect(page.locator('#compare-pay-growth .differences')).toHaveText(
			'Statistician: $22,470 less than Actuary ($103,300 vs $125,770); −14 points of outlook (8% vs 22%).'
		);
		const svg = (
			await download(page, page.locator('#salary-vs-growth'), 'Download SVG')
		).toString();
		expect(svg).toContain('Median salary and outlook: own roles.');
		const csv = csvParseRows(
			(await download(page, page.locator('#salary-vs-growth'), 'Download CSV')).toString()
		);
		expect(csv[0]!.slice(0, 4)).toEqual([
			'role_id',
			'role',
			'median_salary_usd',
			'outlook_percent'
		]);
		expect(csv.slice(1).map((r) => [r[1], r[2]])).toEqual([
			['Actuary', '125770'],
			['Statistician', '103300'],
			['Dental hygienist', '94260'],
			['Web developer', '92750'],
			['Data analyst', '83640']
		]);
	});

	test('pay in pounds: read from its cells, written in pounds on every chart, table and file', async ({
		page
	}) => {
		await page.goto('/');
		await openPanel(page);
		await chooseCsv(
			page,
			'uk.csv',
			'Occupation,Annual salary,Growth\nNurse,"£38,000",6%\nChef,"£29,500",5%\n' +
				'Solicitor,"£62,000",4%\nPlumber,"€40,000",3%\n'
		);
		// The detected currency stands in the field that can change it; a cell in euros is a problem.
		await expect(panel(page).getByLabel('Currency')).toHaveAttribute('placeholder', 'GBP');
		await expect(panel(page).locator('.problems li')).toHaveText([
			'row 5, Annual salary: “€40,000” is in EUR, the column in GBP; the row is left out'
		]);
		await expect(panel(page).locator('table.preview tbody tr').first()).toContainText(
			'Nurse£38,0006%'
		);
		await showIt(page, 'uk', 3);
		const scatter = page.locator('#salary-vs-growth');
		await expect(scatter.locator('text.title').first()).toHaveText('Annual salary (GBP, uk)');
		const ticks = await scatter.locator('.axis-y text.tick').allTextContents();
		expect(ticks.length).toBeGreaterThan(2);
		for (const t of ticks) expect(t).toMatch(/^£\d+k?$/);
		await expect(
			scatter.getByRole('button', { name: /^Solicitor: annual salary £62,000, growth 4%/ })
		).toHaveCount(1);
		await scatter.getByText('Show data').click();
		await expect(scatter.locator('thead th').nth(1)).toHaveText('Annual salary (GBP)');
		await expect(scatter.locator('tbody tr').first().locator('td').first()).toHaveText('£62,000');
		const csv = csvParseRows((await download(page, scatter, 'Download CSV')).toString());
		expect(csv[0]!.slice(2, 3)).toEqual(['annual_salary_gbp']);
		expect(csv[1]!.slice(1, 3)).toEqual(['Solicitor', '62000']);
		await page.goto('/?compare=solicitor,nurse');
		await expect(page.locator('#compare-pay-growth .differences')).toHaveText(
			'Nurse: £24,000 less than Solicitor (£38,000 vs £62,000); +2 points of growth (6% vs 4%).'
		);
	});

	test('one role with a title, pay and growth only: every part says what it cannot show', async ({
		page
	}) => {
		await page.goto('/');
		await openPanel(page);
		await chooseCsv(page, 'one.csv', 'Role,Pay,Growth\nNurse,"$80,000",5%\n');
		await showIt(page, 'one', 1);
		// Ticks $500 apart read apart.
		const ticks = await page.locator('#salary-vs-growth .axis-y text.tick').allTextContents();
		expect(new Set(ticks).size).toBe(ticks.length);
		const heat = page.locator('#skill-heatmap');
		await heat.scrollIntoViewIfNeeded();
		await expect(heat.getByRole('note')).toContainText(
			'The data names no requirements for these roles.'
		);
		await expect(heat.getByRole('button', { name: 'Clear the filter' })).toHaveCount(0);
		await expect(page.locator('#compare .selection')).toHaveText(
			'The data has one role: a comparison needs two.'
		);
		await expect(page.locator('#compare-pay-growth')).toContainText('The one role');
	});

	test('an Excel workbook: its first sheet read as the CSV is, its reader loaded only for it', async ({
		page
	}) => {
		await page.goto('/');
		await openPanel(page);
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script' || /\.js$/.test(r.url())) scripts.push(r.url());
		});
		// A CSV loads no code once the panel is open …
		await chooseCsv(page, 'own-roles.csv', CSV);
		await expect(panel(page).locator('table.preview tbody tr').first()).toContainText(
			'Data analyst$83,64023%'
		);
		expect(scripts).toEqual([]);
		// … a workbook loads its reader.
		await panel(page).locator('input[type="file"]').setInputFiles('tests/fixtures/own-roles.xlsx');
		const preview = panel(page).locator('table.preview tbody tr');
		// A cell showing 23% holds 0.23; the panel says how it read it, and that is no problem.
		const notes = panel(page).getByRole('region', { name: 'How the file was read' });
		await expect(notes.getByRole('listitem')).toHaveText([
			/^Outlook 2024-2034: every value is between −1 and 1, .* read as percentages, 0\.23 as 23%$/
		]);
		await expect(panel(page).locator('.problems')).toHaveCount(0);
		await expect(preview.first()).toContainText('Data analyst$83,64023%');
		expect(scripts.length).toBeGreaterThan(0);
		await showIt(page, 'own roles', 5);
		await expectOwnRoles(page);
	});

	test('pasted rows, kept after a reload, and back to the bundled data', async ({ page }) => {
		await page.goto('/');
		await openPanel(page);
		await panel(page).getByText('Or paste rows from a spreadsheet').click();
		await panel(page).getByLabel('Rows, with the header first').fill(CSV.replace(/,/g, '\t'));
		await panel(page).getByRole('button', { name: 'Read the pasted rows' }).click();
		await panel(page).getByLabel('Dataset name').fill('Five jobs');
		await showIt(page, 'Five jobs', 5);
		await keptInBrowser(page);
		await page.reload();
		await expect(page.locator('h1')).toHaveText('Five jobs');
		await expect(page.locator('#salary-vs-growth .point')).toHaveCount(5);
		await openPanel(page);
		const saved = panel(page).getByRole('region', { name: 'Your datasets' });
		await expect(saved.getByText('Five jobs')).toBeVisible();
		await saved.getByRole('button', { name: 'Show' }).first().click();
		await expect(page.locator('h1')).toHaveText(
			'Which machine-learning role pays, grows, and fits your skills?'
		);
		await saved.getByRole('button', { name: 'Delete Five jobs' }).click();
		await expect(saved.getByText('Five jobs')).toHaveCount(0);
	});

	test('a dropped file; and a link that carries the data opens it in a fresh browser', async ({
		page,
		browser
	}) => {
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/');
		await openPanel(page);
		const drop = await page.evaluateHandle((text) => {
			const dt = new DataTransfer();
			dt.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
			return dt;
		}, CSV);
		await panel(page)
			.getByRole('group', { name: 'Open a file' })
			.dispatchEvent('drop', { dataTransfer: drop });
		await showIt(page, 'dropped', 5);
		await openPanel(page);
		await panel(page).getByRole('button', { name: 'Copy a link with this data' }).click();
		await expect(panel(page).getByText(/^Link copied/)).toBeVisible();
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(link).toMatch(/^http:\/\/localhost:\d+\/#data=[\w-]+$/);

		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		await gotoReady(other, link);
		const notice = other.getByRole('status').filter({ hasText: 'This link carries a dataset' });
		await expect(notice).toContainText('“dropped”, 5 roles');
		await notice.getByRole('button', { name: 'Keep' }).click();
		await expect(other.locator('h1')).toHaveText('dropped');
		await expect(other.locator('#salary-vs-growth .point')).toHaveCount(5);
		expect(new URL(other.url()).hash).toBe('');
		await fresh.close();
	});

	test('problems are listed with row, column and value; the page keeps what it had', async ({
		page
	}) => {
		await page.goto('/');
		await openPanel(page);
		await chooseCsv(page, 'bad.csv', 'Role,Median pay,Growth\nA,n/a,5%\nB,"$90,000",3%\n');
		await expect(panel(page).locator('.problems li')).toHaveText([
			'row 2, Median pay: “n/a” is not a number; the row is left out'
		]);
		// A binary file under a text name: one clear message, nothing shown.
		await chooseCsv(page, 'image.csv', [0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe]);
		await expect(
			panel(page).getByRole('heading', { name: 'This file cannot be shown' })
		).toBeVisible();
		await expect(panel(page).getByRole('button', { name: /^Show “/ })).toHaveCount(0);
		await panel(page).getByRole('button', { name: 'Close' }).click();
		await expect(page.locator('#salary-vs-growth .point')).toHaveCount(7);
	});

	test('pay as a range in two columns: read as its midpoint, and the reader can change that', async ({
		page
	}) => {
		await page.goto('/');
		await openPanel(page);
		await chooseCsv(
			page,
			'postings.csv',
			'Job title,Salary min,Salary max,Growth\nData scientist,"$90,000","$120,000",20%\nAnalyst,$60k,$80k,5%\n'
		);
		const readAs = (column: string) => panel(page).getByLabel(`Read ${column} as`);
		await expect(readAs('Salary min')).toHaveValue('pay');
		await expect(readAs('Salary max')).toHaveValue('payTop');
		const first = panel(page).locator('table.preview tbody tr').first();
		await expect(first).toContainText('Data scientist$105,00020%');
		await expect(panel(page).locator('.notes li')).toHaveText([
			'Salary min: the pay is the midpoint of this column and “Salary max” (“$90,000” and “$120,000” as 105,000, and 1 more)'
		]);
		await expect(panel(page).locator('.problems')).toHaveCount(0);
		await expect(panel(page).getByLabel('Pay is called')).toHaveAttribute('placeholder', 'Salary');
		// The top left out: the pay is the bottom column's.
		await readAs('Salary max').selectOption('ignore');
		await expect(first).toContainText('Data scientist$90,00020%');
		await expect(panel(page).locator('.notes')).toHaveCount(0);
		await showIt(page, 'postings', 2);
		await expect(
			page
				.locator('#salary-vs-growth')
				.getByRole('button', { name: /^Analyst: salary min \$60,000,/ })
		).toHaveCount(1);
	});

	test('a workbook of three sheets: the one with the roles is read, and any other on asking', async ({
		page
	}) => {
		await page.goto('/');
		await openPanel(page);
		await panel(page)
			.locator('input[type="file"]')
			.setInputFiles('tests/fixtures/own-roles-sheets.xlsx');
		// The sheet of notes before it is passed over, and the panel says why.
		const sheet = panel(page).getByRole('combobox', { name: 'Sheet', exact: true });
		await expect(sheet).toHaveValue('1');
		await expect(sheet.locator('option')).toHaveText(['About', 'Roles', 'Education']);
		await expect(panel(page).locator('.header-row')).toContainText(
			'of 3, the first with a title, a pay and a growth column.'
		);
		await expect(panel(page).locator('table.mapping caption')).toHaveText(
			'How each column of own-roles-sheets.xlsx, sheet “Roles”, is read (5 rows under the header)'
		);
		await expect(panel(page).locator('table.preview tbody tr').first()).toContainText(
			'Data analyst$83,64023%'
		);
		// Another sheet, chosen from the keyboard: its columns read, and what it lacks said.
		await sheet.focus();
		await page.keyboard.press('ArrowDown');
		await expect(sheet).toHaveValue('2');
		await expect(panel(page).locator('table.mapping caption')).toHaveText(
			'How each column of own-roles-sheets.xlsx, sheet “Education”, is read (3 rows under the header)'
		);
		await expect(panel(page).locator('.problems li.error')).toHaveText([
			/^The file has no growth column/
		]);
		await expect(panel(page).locator('.header-row')).not.toContainText('the first with');
		await expect(panel(page).getByRole('button', { name: /^Show “/ })).toHaveCount(0);
		// And back, with a name given meanwhile: the roles, shown.
		await panel(page).getByLabel('Dataset name').fill('Careers survey');
		await sheet.selectOption('Roles');
		await expect(panel(page).locator('.problems li.error')).toHaveCount(0);
		await showIt(page, 'Careers survey', 5);
		await expect(
			page.locator('#salary-vs-growth').getByRole('button', { name: /^Actuary: / })
		).toHaveCount(1);
	});

	test('a sheet with a title above its table: read from its header, which the reader can move', async ({
		page
	}) => {
		await page.goto('/');
		await openPanel(page);
		await chooseCsv(page, 'survey.csv', `"Careers survey, spring term"\n\n${CSV}`);
		const header = panel(page).getByLabel('The header is row');
		await expect(header).toHaveValue('3');
		await expect(panel(page).locator('.header-row')).toHaveText(
			'The header is row ; rows 1–2 above it are left out (“Careers survey, spring term”).'
		);
		await expect(
			panel(page).getByRole('button', { name: 'Show “survey” (5 roles)' })
		).toBeVisible();
		// Row numbers are the sheet's: nothing is wrong with this file, so none is listed.
		await expect(panel(page).locator('.problems')).toHaveCount(0);
		// A row the sheet does not have is undone.
		await header.fill('99');
		await header.press('Enter');
		await expect(header).toHaveValue('3');
		// The header moved to the title's row: the columns are read anew, and the file refused.
		await header.fill('1');
		await header.press('Enter');
		await expect(
			panel(page).getByRole('heading', { name: 'This file cannot be shown' })
		).toBeVisible();
		await expect(panel(page).getByRole('rowheader').first()).toHaveText(
			'Careers survey, spring term'
		);
		// And back: the name given meanwhile is kept.
		await panel(page).getByLabel('Dataset name').fill('Spring survey');
		await header.fill('3');
		await header.press('Enter');
		await showIt(page, 'Spring survey', 5);
		await expect(
			page.locator('#salary-vs-growth').getByRole('button', {
				name: 'Actuary: median salary $125,770, outlook 22% (2024–2034)'
			})
		).toHaveCount(1);
	});

	for (const width of [1280, 390])
		test(`long skill and category names are cut to the heatmap's room, and whole where a reader looks (${width} px)`, async ({
			page
		}) => {
			const long = 'Advanced statistical modelling and causal inference';
			const category = 'Typical entry-level education and professional certification';
			await page.setViewportSize({ width, height: 900 });
			await page.goto('/');
			await openPanel(page);
			await chooseCsv(
				page,
				'long.csv',
				`Job title,Median salary,Growth,Skills,${category}\n` +
					`Data analyst,"$83,640",23%,${long}; SQL,Degree\n` +
					`Web developer,"$92,750",7%,SQL,\nActuary,"$125,770",22%,${long},Degree\n`
			);
			await showIt(page, 'long', 3);
			const layout = width > 720 ? '.heat-wide' : '.heat-tall';
			const island = page.locator('[data-island="heatmap"]');
			await island.scrollIntoViewIfNeeded();
			await expect(island).toHaveAttribute('data-live');
			const heat = island.locator(`#skill-heatmap ${layout}`);
			await expect(heat.locator('text.skill')).toHaveCount(3);
			const names = await heat.locator('text.skill, text.group').evaluateAll((texts) => {
				const box = texts[0]!.closest('.chart-box')!.getBoundingClientRect();
				return texts.map((t) => {
					const r = t.getBoundingClientRect();
					return {
						shown: [...t.childNodes]
							.filter((n) => n.nodeType === Node.TEXT_NODE)
							.map((n) => n.nodeValue)
							.join(''),
						full: t.querySelector('title')?.textContent ?? null,
						inside:
							r.left >= box.left - 1 &&
							r.right <= box.right + 1 &&
							r.top >= box.top - 1 &&
							r.bottom <= box.bottom + 1
					};
				});
			});
			const [skill, , , , group] = names;
			expect(names.map((n) => n.shown)).toEqual([
				skill!.shown,
				'SQL',
				'Degree',
				'Skills',
				group!.shown
			]);
			// Cut where its room ends (in whichever font has loaded): a start of the name and "…"; whole
			// in its cells' names (and so their tooltips) and the table.
			expect(skill!.shown).toMatch(/^Advanced .+…$/);
			expect(long.startsWith(skill!.shown.slice(0, -1))).toBe(true);
			await expect(heat.locator(`[aria-label^="Actuary, ${long}: "]`)).toHaveCount(1);
			// The category's name: whole on a wide screen (ending at the chart's edge), cut on a phone.
			if (width > 720) expect(group).toMatchObject({ shown: category, full: null });
			else {
				expect(group!.full).toBe(category);
				expect(category.startsWith(group!.shown.slice(0, -1))).toBe(true);
			}
			expect(names.filter((n) => !n.inside)).toEqual([]);
			// Three skills: the wide layout's cells stop at about square rather than fill the width.
			if (layout === '.heat-wide') {
				const cell = (await heat.locator('.cell').first().boundingBox())!;
				expect(cell.width).toBeLessThan(48);
			}
		});

	test('hostile text stays text: on the page, in tooltips, the SVG, the PNG and the CSV', async ({
		page
	}) => {
		await page.goto('/');
		await openPanel(page);
		await chooseCsv(page, 'hostile.csv', readFileSync('tests/fixtures/hostile.csv'));
		await showIt(page, 'hostile', 3);
		// Shown as the characters they are (the fixture fails the test on any dialog).
		await expect(
			page.locator('#salary-vs-growth .labels text', { hasText: '<img src=x onerror=alert(1)>' })
		).toBeVisible();
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		expect(await page.locator('script:text("alert(2)")').count()).toBe(0);
		await page.locator('#salary-vs-growth [data-role="img-src-x-onerror-alert-1"] .mark').hover();
		await expect(page.locator('.tooltip')).toContainText('<img src=x onerror=alert(1)>');

		const fig = page.locator('#salary-vs-growth');
		const svg = (await download(page, fig, 'Download SVG')).toString();
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				scripts: doc.querySelectorAll('script, foreignObject').length,
				texts: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' | ')
			};
		}, svg);
		expect(parsed.error).toBeNull();
		expect(parsed.scripts).toBe(0);
		expect(parsed.texts).toContain('<img src=x onerror=alert(1)>');
		expect(parsed.texts).toContain('</text><script>alert(2)</script>');
		if (hasRsvg) {
			const file = test.info().outputPath('hostile.svg');
			writeFileSync(file, svg);
			execFileSync('rsvg-convert', ['-o', test.info().outputPath('hostile.png'), file]);
		}
		const png = await download(page, fig, 'Download PNG');
		expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

		const rows = csvParseRows((await download(page, fig, 'Download CSV')).toString());
		const titles = rows.slice(1).map((r) => r[1]);
		expect(titles).toEqual([
			"'=1+2",
			'</text><script>alert(2)</script>',
			'<img src=x onerror=alert(1)>'
		]);
		// A real negative number stays a number.
		expect(rows.find((r) => r[1]?.startsWith('</text>'))![3]).toBe('-4.2');
		// The heatmap's CSV neutralises the skills too.
		const heat = csvParseRows(
			(await download(page, page.locator('#skill-heatmap'), 'Download CSV')).toString()
		);
		expect(heat.map((r) => r[3])).toContain('\'=HYPERLINK("http://example.invalid")');
		expect(heat.map((r) => r[3])).toContain("'@SUM(A1)");
	});

	test('a 100,000-row file loads through the worker with its progress bar; every chart draws', async ({
		page
	}) => {
		test.setTimeout(120_000);
		const data = generateDataset(100_000) as {
			skills: Array<{ id: string; label: string }>;
			roles: Array<{
				title: string;
				salary: { median: number };
				growth: { percent: number };
				requirements: Array<{ skill: string }>;
			}>;
		};
		const label = new Map(data.skills.map((s) => [s.id, s.label]));
		const csv = [
			'Role,Median pay,Projected growth,Requirements',
			...data.roles.map(
				(r) =>
					`"${r.title}",${r.salary.median},${r.growth.percent}%,"${r.requirements.map((q) => label.get(q.skill)).join('; ')}"`
			)
		].join('\n');
		expect(csv.length).toBeGreaterThan(5_000_000);
		await page.goto('/');
		await openPanel(page);
		await chooseCsv(page, 'big.csv', csv);
		// The page stays responsive while the worker reads: the progress bar is there, with Cancel.
		await expect(panel(page).locator('progress')).toBeVisible();
		await expect(panel(page).getByRole('button', { name: 'Cancel' })).toBeVisible();
		const show = panel(page).getByRole('button', { name: 'Show “big” (100,000 roles)' });
		await expect(show).toBeVisible({ timeout: 60_000 });
		await show.click();
		await expect(page.locator('#salary-vs-growth canvas[data-painted="100000"]')).toHaveCount(1, {
			timeout: 60_000
		});
		await expect(page.getByRole('status').filter({ hasText: /roles shown/ })).toHaveText(
			'All 100,000 roles shown. Tick skills to see which roles ask for them.'
		);
		await openFilter(page);
		await page.getByRole('checkbox', { name: /^Python/ }).check();
		await expect(page.getByRole('status').filter({ hasText: /roles? match/ })).toHaveText(
			/^[\d,]+ of 100,000 roles match Python$/
		);
		await closeFilter(page);
		// A role's words come from the file, a chunk of roles at a time, never from the server.
		const asked: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('/details/')) asked.push(r.url());
		});
		await page.locator('#skill-heatmap').scrollIntoViewIfNeeded();
		// The pointer, left where the checkbox was, may now be over a cell; its tooltip would win.
		await page.mouse.move(0, 0);
		const cell = page.locator('#skill-heatmap .heat-wide .cell.s-expected').first();
		await cell.focus();
		await expect(page.locator('#skill-heatmap .heat-wide .tooltip .tt-quote')).toHaveText(
			/^Requirements: \S.*$/
		);
		expect(asked).toEqual([]);
	});

	test('storage refused: the panel says so and the data is shown all the same', async ({
		page
	}) => {
		// A browser that refuses IndexedDB (as some private windows do).
		await page.addInitScript(() => {
			Object.defineProperty(window, 'indexedDB', {
				get() {
					throw new DOMException(
						'The user denied permission to access the database.',
						'SecurityError'
					);
				}
			});
		});
		await page.goto('/');
		await openPanel(page);
		await expect(
			panel(page).getByText(/did not let the page read its saved datasets/)
		).toBeVisible();
		await chooseCsv(page, 'own-roles.csv', CSV);
		await showIt(page, 'own roles', 5);
		await openPanel(page);
		await expect(panel(page).getByText(/did not let the page save the dataset/)).toBeVisible();
	});

	test('a dataset too big for a link: the panel says so and offers the file', async ({ page }) => {
		const rows = Array.from(
			{ length: 2000 },
			(_, i) =>
				`Role number ${i} of a long list,${50000 + i * 37},${(i % 40) - 5}%,Skill ${i % 97}; Skill ${(i * 7) % 89}`
		);
		await page.goto('/');
		await openPanel(page);
		await chooseCsv(page, 'many.csv', ['Role,Pay,Growth,Skills', ...rows].join('\n'));
		await showIt(page, 'many', 2000);
		await openPanel(page);
		await panel(page).getByRole('button', { name: 'Copy a link with this data' }).click();
		await expect(
			panel(page).getByText(/more than links reliably carry \(32,000\)\. Share the file instead/)
		).toBeVisible();
	});

	test('a link’s data dismissed: nothing changes and the address loses the data', async ({
		page
	}) => {
		const packed = deflateRawSync(readFileSync('tests/fixtures/occupations.json')).toString(
			'base64url'
		);
		await page.goto(`/#data=${packed}`);
		const notice = page.getByRole('status').filter({ hasText: 'This link carries a dataset' });
		await expect(notice).toContainText('“Occupational Outlook Handbook (fixture)”, 5 roles');
		expect(await axeViolations(page)).toEqual([]);
		await notice.getByRole('button', { name: 'Dismiss' }).click();
		await expect(notice).toHaveCount(0);
		expect(new URL(page.url()).hash).toBe('');
		await expect(page.locator('#salary-vs-growth .point')).toHaveCount(7);
		// A damaged link says so plainly.
		await page.goto(`/#data=${packed.slice(0, 200)}`);
		await expect(page.getByRole('status').filter({ hasText: 'damaged' })).toContainText(
			'The data in the link is damaged (it may have been cut short when it was shared).'
		);
	});
});
