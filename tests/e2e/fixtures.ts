/**
 * Shared e2e fixtures: every page records console errors, page errors and any request that leaves
 * localhost, and each test fails if it saw one.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

type Watch = { problems: string[] };

/** Opens a URL and waits until the app has hydrated (its controls work from then on). */
export async function gotoReady(page: Page, url: string) {
	const response = await page.goto(url);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	return response;
}

export const test = base.extend<{ watch: Watch }>({
	watch: [
		async ({ page }, use) => {
			const problems: string[] = [];
			page.on('console', (m) => {
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
				await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
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

/** Serious and critical axe violations, formatted for a readable failure. */
export async function seriousViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
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
