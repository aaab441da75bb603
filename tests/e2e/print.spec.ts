/**
 * Printing the page (here, to PDF as Chromium prints): a report with the heading, the active filter
 * in words, every chart with its subtitle and source, the sources' addresses, and no controls.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, test } from './fixtures';

test('printed to PDF: every chart, the filter in words, sources with addresses, no buttons', async ({
	page
}) => {
	test.setTimeout(60_000);
	await page.goto('/?skills=python,sql&match=all&compare=data-scientist,software-engineer');
	const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4' })));
	const { totalPages, text } = await extractText(pdf, { mergePages: false });
	const all = text.join('\n').replace(/\s+/g, ' ');
	expect(totalPages).toBeGreaterThan(2);
	// The heading and the filter in words.
	expect(all).toContain('Which machine-learning role pays, grows, and fits your skills?');
	expect(all).toContain('2 of 7 roles match Python and SQL');
	// Every chart, with its subtitle stating the filter, and its source.
	for (const title of [
		'Median pay against projected job growth',
		'What each role asks for',
		'Pay and growth, side by side',
		'Requirements compared',
		'Requirements by category, every role'
	])
		expect(all).toContain(title);
	expect(all).toContain('Roles asking for Python and SQL: 2 of 7 roles highlighted');
	expect(all).toContain('Glassdoor');
	// The sources are printed with their addresses.
	expect(all).toContain('https://www.glassdoor.com/Salaries/machine-learning-engineer-salary');
	// No controls, no panels.
	for (const control of [
		'Download SVG',
		'Download PNG',
		'Copy image',
		'Use your own data',
		'Show data',
		'Clear filter',
		'Image theme'
	])
		expect(all).not.toContain(control);
	// A chart is never cut by a page break: each title and its source line on one page.
	const scatterPage = text.findIndex((t) => t.includes('Median pay against projected job growth'));
	expect(text[scatterPage]).toContain('Projected job growth');
});
