/**
 * "Download all charts": one zip of the view, each chart as SVG, PNG and CSV as its own buttons save
 * them, and a README naming the dataset, its sources, the view and its link. Every file checked.
 */
import { readFileSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';

test('a zip of every chart of the view: 5 SVG, 5 PNG, 5 CSV and a README, each valid', async ({
	page
}) => {
	test.setTimeout(60_000);
	const view = '/?skills=python,sql&match=all&compare=data-scientist,software-engineer';
	await page.goto(view);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download all charts' }).click()
	]);
	expect(download.suggestedFilename()).toBe(
		'7-machine-learning-roles-and-how-to-get-started--all-charts.zip'
	);
	const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
	const names = Object.keys(files).sort();
	const charts = [
		'compare-pay-growth--python-sql--data-scientist-vs-software-engineer',
		'compare-requirements--python-sql--data-scientist-vs-software-engineer',
		'requirements-overview--python-sql',
		'salary-vs-growth--python-sql',
		'skill-heatmap--python-sql'
	];
	expect(names.filter((n) => n.endsWith('.svg'))).toHaveLength(5);
	expect(names.filter((n) => n.endsWith('.png'))).toHaveLength(5);
	expect(names.filter((n) => n.endsWith('.csv'))).toHaveLength(5);
	for (const chart of charts) {
		const match = names.filter((n) => n.startsWith(chart.split('--')[0]!));
		expect(match, chart).toHaveLength(3);
	}
	// Each SVG parses as the page's own parser reads it, with its title; each PNG is a PNG.
	for (const name of names.filter((n) => n.endsWith('.svg'))) {
		const svg = strFromU8(files[name]!);
		const ok = await page.evaluate(
			(text) =>
				new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror') ===
				null,
			svg
		);
		expect(ok, name).toBe(true);
		expect(svg).toContain('Python and SQL');
	}
	for (const name of names.filter((n) => n.endsWith('.png'))) {
		const png = files[name]!;
		expect(Buffer.from(png.subarray(1, 4)).toString(), name).toBe('PNG');
		expect(png.length, name).toBeGreaterThan(5_000);
	}
	// The scatter's CSV holds the filtered rows, as its own button writes them.
	const scatter = csvParseRows(strFromU8(files['salary-vs-growth--python-sql.csv']!));
	expect(scatter.slice(1).map((r) => r[1])).toEqual(['Data scientist', 'Software engineer']);
	// The README: the dataset, the view, its link, the sources and the files.
	const readme = strFromU8(files['README.txt']!);
	expect(readme).toContain('7 Machine Learning Roles and How to Get Started');
	expect(readme).toContain('View: 2 of 7 roles match Python and SQL.');
	expect(readme).toContain('Compared: Data scientist, Software engineer.');
	expect(readme).toContain(`Open this view: http://localhost:4174${view}`);
	expect(readme).toContain('[1] Glassdoor. “Machine Learning Engineer Salaries');
	expect(readme).toContain('[2] U.S. Bureau of Labor Statistics. Cited as [2]');
	for (const name of names.filter((n) => n !== 'README.txt')) expect(readme).toContain(`- ${name}`);
	await expect(page.getByRole('status').filter({ hasText: 'Saved 7-machine' })).toHaveText(
		/5 charts, each as SVG, PNG and CSV, and a README\.$/
	);
});
