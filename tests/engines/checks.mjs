// The smoke checks every engine runs: the main paths a reader takes, written once against the
// small interface in drivers.mjs. Each check starts from a fresh page load and asserts real values
// (the seed's roles and pay, the URL, the exported files' bytes).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';

const OWN_CSV = readFileSync(new URL('../fixtures/own-roles.csv', import.meta.url), 'utf8');
// Three sheets: notes, the roles, a lookup table.
const OWN_XLSX = readFileSync(
	new URL('../fixtures/own-roles-sheets.xlsx', import.meta.url)
).toString('base64');

/** @typedef {import('./drivers.mjs').Engine} Engine */
/** @typedef {{ engine: Engine, base: string, shots: string, problems: () => string[] }} Context */

/** Polls `fn` in the page until it returns something truthy; fails naming `what`. */
export async function waitFor(engine, what, fn, ...args) {
	const until = Date.now() + 15_000;
	let last;
	while (Date.now() < until) {
		last = await engine.run(fn, ...args);
		if (last) return last;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

/** Opens a page and waits until it has hydrated and its later-loaded sections are live. */
export async function open(ctx, path) {
	await ctx.engine.goto(ctx.base + path);
	await waitFor(ctx.engine, 'hydration', () =>
		document.documentElement.hasAttribute('data-hydrated')
	);
	await ctx.engine.run(() => {
		for (const el of document.querySelectorAll('[data-island]'))
			el.dispatchEvent(new Event('pointerover'));
	});
	await waitFor(
		ctx.engine,
		'every section live',
		() => !document.querySelector('[data-island]:not([data-live])')
	);
}

const status = () => document.querySelector('.filter [role="status"]')?.textContent?.trim() ?? null;
/** Waits until the page's query string is `search`. */
const waitSearch = (engine, search) =>
	waitFor(engine, `the link ${search}`, (q) => location.search === q, search);
/** Waits until the filter's status line reads `text`. */
const waitStatus = (engine, text) =>
	waitFor(
		engine,
		`the status “${text}”`,
		(t) => document.querySelector('.filter [role="status"]')?.textContent?.trim() === t,
		text
	);

/** Marks the button in `scope` whose text is `text`, and returns a selector for it. */
async function button(engine, scope, text) {
	const found = await engine.run(
		(scope, text) => {
			const b = [...document.querySelectorAll(`${scope} button`)].find(
				(b) => b.textContent.trim() === text
			);
			if (!b) return false;
			b.setAttribute('data-engine-target', text);
			return true;
		},
		scope,
		text
	);
	assert.ok(found, `no button “${text}” in ${scope}`);
	return `${scope} button[data-engine-target="${text}"]`;
}

/** Waits until a button whose text is `text` is in `scope`; `what` names the wait. */
const waitButton = (engine, what, scope, text) =>
	waitFor(
		engine,
		what,
		(scope, t) =>
			[...document.querySelectorAll(`${scope} button`)].some((b) => b.textContent.trim() === t),
		scope,
		text
	);

/** Waits until the page shows a dataset: its name as the heading, `roles` points in the scatter. */
const waitShown = (engine, what, name, roles) =>
	waitFor(
		engine,
		what,
		(name, roles) =>
			document.querySelector('h1')?.textContent === name &&
			document.querySelectorAll('#salary-vs-growth .point').length === roles,
		name,
		roles
	);

/** Clicks an export button and returns the file the page handed over for download. */
async function download(engine, scope, text) {
	const before = await engine.run(() => window.__engineWatch.downloads.length);
	await engine.click(await button(engine, scope, text));
	return waitFor(
		engine,
		`the file from “${text}”`,
		(n) => {
			const d = window.__engineWatch.downloads[n];
			return d && d.base64 ? d : null;
		},
		before
	);
}

/**
 * Deletes a saved dataset through the panel and waits for the bundled data, so the checks after it
 * (and the next run, in the same browser profile) start from the bundled page.
 */
async function deleteSaved(engine, name) {
	await engine.click(await button(engine, 'header', 'Use your own data'));
	const label = `Delete ${name}`;
	await waitFor(
		engine,
		'the saved list',
		(l) => !!document.querySelector(`dialog[open] button[aria-label="${l}"]`),
		label
	);
	await engine.click(`dialog[open] button[aria-label="${label}"]`);
	await waitFor(
		engine,
		'the bundled data again',
		() => document.querySelectorAll('#salary-vs-growth .point').length === 7
	);
	await engine.click(await button(engine, 'dialog[open]', 'Close'));
}

/** @type {Array<{ name: string, expects?: RegExp, run: (ctx: Context) => Promise<void> }>} */
export const checks = [
	{
		name: 'the page loads with every chart, no errors, nothing from elsewhere',
		async run(ctx) {
			const { engine } = ctx;
			await open(ctx, '/');
			const page = await engine.run(() => ({
				points: document.querySelectorAll('#salary-vs-growth .point').length,
				labels: [...document.querySelectorAll('#salary-vs-growth .point')].map((p) =>
					p.getAttribute('aria-label')
				),
				figures: [...document.querySelectorAll('figure[id]')].map((f) => f.id),
				status: document.querySelector('.filter [role="status"]')?.textContent?.trim()
			}));
			assert.equal(page.points, 7);
			assert.ok(
				page.labels.includes(
					'Data scientist: median total pay $155,000, projected growth 34% (2024–2034)'
				),
				`scatter labels: ${page.labels.join(' | ')}`
			);
			for (const id of [
				'salary-vs-growth',
				'skill-heatmap',
				'compare-pay-growth',
				'compare-requirements',
				'requirements-overview'
			]) {
				assert.ok(
					page.figures.includes(id),
					`figure #${id} missing (found ${page.figures.join(', ')})`
				);
			}
			assert.equal(page.status, 'All 7 roles shown. Tick skills to see which roles ask for them.');
			await engine.run(() => window.scrollTo(0, 0));
			await engine.screenshot(`${ctx.shots}/${engine.name.toLowerCase()}-first-screen.png`);
		}
	},
	{
		name: 'filter: a tick updates the URL and the status, all-of works, Back restores the view',
		async run(ctx) {
			const { engine } = ctx;
			await open(ctx, '/');
			// The compact bar opens the panel; its controls are made then.
			await engine.click('#filter-title');
			await waitFor(
				engine,
				'the filter panel open',
				() => !!document.querySelector('#filter-panel:not([hidden]) input[name="skills"]')
			);
			await engine.click('input[name="skills"][value="python"]');
			await waitStatus(engine, '4 of 7 roles match Python');
			await engine.click('input[name="skills"][value="sql"]');
			await waitSearch(engine, '?skills=python,sql');
			assert.equal(await engine.run(status), '4 of 7 roles match Python or SQL');
			await engine.click('input[name="match"][value="all"]');
			await waitSearch(engine, '?skills=python,sql&match=all');
			assert.equal(await engine.run(status), '2 of 7 roles match Python and SQL');
			assert.equal(
				await engine.run(() => document.querySelector('#filter-summary').textContent),
				'Python, SQL · all of · 2 of 7 roles'
			);
			// Escape closes the panel and the focus is back on the bar's button.
			await engine.press('Escape');
			await waitFor(
				engine,
				'the panel closed, the focus on its button',
				() =>
					document.querySelector('#filter-panel').hidden &&
					document.activeElement?.id === 'filter-title'
			);
			// Every chart follows: two lit points, and (once near the view) two heatmap columns.
			const points = await engine.run(() =>
				[...document.querySelectorAll('#salary-vs-growth .point:not(.dimmed)')]
					.map((p) => p.getAttribute('data-role'))
					.sort()
			);
			assert.deepEqual(points, ['data-scientist', 'software-engineer']);
			await engine.run(() => document.querySelector('#skill-heatmap')?.scrollIntoView());
			await waitFor(
				engine,
				'the heatmap’s Python and SQL columns highlighted',
				() => document.querySelectorAll('#skill-heatmap .heat-wide .hl').length === 2
			);
			await engine.back();
			await waitSearch(engine, '?skills=python,sql');
			await waitStatus(engine, '4 of 7 roles match Python or SQL');
			assert.equal(
				await engine.run(() => document.querySelector('input[name="match"][value="any"]').checked),
				true
			);
		}
	},
	{
		name: 'a comparison link shows its roles and states the difference in words',
		async run(ctx) {
			const { engine } = ctx;
			await open(ctx, '/?compare=software-engineer,software-developer');
			const shown = await engine.run(() => ({
				selection: document
					.querySelector('#compare .selection')
					?.textContent?.replace(/\s+/g, ' ')
					.trim(),
				differences: document
					.querySelector('#compare-pay-growth .differences')
					?.textContent?.replace(/\s+/g, ' ')
					.trim()
			}));
			assert.equal(shown.selection, 'Comparing Software engineer, Software developer.');
			assert.match(
				shown.differences,
				/^Software developer: \$27,000 less than Software engineer \(\$122,000 vs \$149,000\); \+8 points of projected growth \(15% vs 7%\)\.$/
			);
		}
	},
	{
		name: 'keyboard: Tab into the scatter, an arrow to the next role, a tooltip that names it',
		async run(ctx) {
			const { engine } = ctx;
			await open(ctx, '/');
			await engine.run(() => document.activeElement?.blur());
			let focused = null;
			for (let i = 0; i < 80 && !focused; i++) {
				await engine.press('Tab');
				focused = await engine.run(
					() => document.activeElement?.closest('.point')?.getAttribute('data-role') ?? null
				);
			}
			assert.equal(focused, 'software-engineer', 'Tab reached the scatter’s first point');
			await engine.press('ArrowRight');
			const now = await waitFor(engine, 'the next role focused with its tooltip', () => {
				const role = document.activeElement?.getAttribute('data-role');
				const tip = document.querySelector('.tooltip')?.textContent ?? '';
				return role === 'business-intelligence-developer' &&
					tip.includes('Business intelligence developer')
					? { role, tip }
					: null;
			});
			assert.match(now.tip, /\$132,000/);
			await engine.press('Escape');
			await waitFor(
				engine,
				'the tooltip closed by Escape',
				() => !document.querySelector('.tooltip')
			);
		}
	},
	{
		name: 'scatter exports: PNG of the stated size, SVG that parses, CSV of the filtered rows',
		async run(ctx) {
			const { engine } = ctx;
			await open(ctx, '/?skills=python');
			const scope = '#salary-vs-growth';
			await waitFor(
				engine,
				'the export buttons',
				() => !document.querySelector('#salary-vs-growth button[disabled]')
			);
			const png = await download(engine, scope, 'Download PNG');
			assert.equal(png.name, 'salary-vs-growth--python.png');
			const bytes = Buffer.from(png.base64, 'base64');
			assert.deepEqual(
				[...bytes.subarray(0, 8)],
				[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
				'PNG signature'
			);
			const size = `${bytes.readUInt32BE(16).toLocaleString('en-US')} × ${bytes.readUInt32BE(20).toLocaleString('en-US')} px`;
			assert.equal(
				size,
				await engine.run(() => document.querySelector('#salary-vs-growth .size')?.textContent)
			);
			assert.ok(
				bytes.length > 20_000,
				`a PNG of ${bytes.length} bytes is too small to hold the chart`
			);

			const svg = await download(engine, scope, 'Download SVG');
			assert.equal(svg.name, 'salary-vs-growth--python.svg');
			const parsed = await engine.run((b64) => {
				const text = new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
				const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
				return {
					error: doc.querySelector('parsererror')?.textContent ?? null,
					root: doc.documentElement.nodeName,
					texts: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' | ')
				};
			}, svg.base64);
			assert.equal(parsed.error, null);
			assert.equal(parsed.root, 'svg');
			assert.match(parsed.texts, /Median pay against projected job growth/);
			assert.match(parsed.texts, /Python/);

			const csv = await download(engine, scope, 'Download CSV');
			assert.equal(csv.name, 'salary-vs-growth--python.csv');
			const rows = Buffer.from(csv.base64, 'base64')
				.toString('utf8')
				.trim()
				.split(/\r?\n/)
				.map((r) => r.split(',').slice(0, 3));
			assert.deepEqual(rows, [
				['role_id', 'role', 'median_total_pay_usd'],
				['machine-learning-engineer', 'Machine learning engineer', '161000'],
				['data-scientist', 'Data scientist', '155000'],
				['software-engineer', 'Software engineer', '149000'],
				['ai-engineer', 'AI engineer', '142000']
			]);
		}
	},
	{
		name: 'own data: pasted rows in pounds draw every chart in pounds, and a reload keeps them (IndexedDB)',
		async run(ctx) {
			const { engine } = ctx;
			await open(ctx, '/');
			await engine.click(await button(engine, 'header', 'Use your own data'));
			await waitFor(engine, 'the panel', () => !!document.querySelector('dialog[open] textarea'));
			await engine.run(
				(csv) => {
					const area = document.querySelector('dialog[open] textarea');
					area.closest('details').open = true;
					area.value = csv;
					area.dispatchEvent(new Event('input', { bubbles: true }));
				},
				OWN_CSV.replaceAll('$', '£')
			);
			await engine.click(await button(engine, 'dialog[open]', 'Read the pasted rows'));
			const show = 'Show “pasted rows” (5 roles)';
			await waitButton(engine, 'the rows read', 'dialog[open]', show);
			await engine.click(await button(engine, 'dialog[open]', show));
			await waitShown(engine, 'the own data on the page', 'pasted rows', 5);
			// The engine's own currency formatting: ticks and names in pounds.
			const pounds = await engine.run(() => ({
				ticks: [...document.querySelectorAll('#salary-vs-growth .axis-y text.tick')].map(
					(t) => t.textContent
				),
				actuary: document
					.querySelector('#salary-vs-growth [aria-label^="Actuary:"]')
					?.getAttribute('aria-label')
			}));
			assert.ok(
				pounds.ticks.length > 2 && pounds.ticks.every((t) => /^£\d+k$/.test(t)),
				pounds.ticks.join(' ')
			);
			assert.match(pounds.actuary ?? '', /^Actuary: median salary £125,770, /);
			// Saved (IndexedDB, then the shown id): a reader reloads seconds later, not in the same task.
			await waitFor(
				engine,
				'the data saved',
				() => !!localStorage.getItem('ml-careers-explorer:shown')
			);
			await open(ctx, '/');
			await waitShown(engine, 'the own data after a reload', 'pasted rows', 5);
			await deleteSaved(engine, 'pasted rows');
		}
	},
	{
		name: 'the Content-Security-Policy is enforced: an injected inline script does not run, an injected style sheet does not apply',
		// What the page and the engine say of what was blocked (each engine in its own words).
		expects:
			/securitypolicyviolation: (script|style)-src|Content.Security.Policy.*inline|inline (script|style).*Content.Security.Policy/i,
		async run(ctx) {
			const { engine } = ctx;
			await open(ctx, '/');
			const result = await engine.run(() => {
				const meta = document.querySelector('meta[http-equiv="content-security-policy"]');
				const script = document.createElement('script');
				script.textContent = 'window.__injected = true';
				document.head.append(script);
				return { policy: meta?.getAttribute('content') ?? '', ran: window.__injected === true };
			});
			assert.match(result.policy, /script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
			assert.equal(result.ran, false, 'the injected script ran');
			// The page reported it (the event every engine fires on a blocked script).
			const reported = await waitFor(engine, 'the violation reported', () =>
				window.__engineWatch.problems.find((p) => p.startsWith('securitypolicyviolation:'))
			);
			assert.match(reported, /^securitypolicyviolation: script-src(-elem)? blocked inline$/);
			// The page's own styles are written into it, each allowed by its hash; another is not.
			const styled = await engine.run(() => {
				const own = document.querySelectorAll('head style').length;
				const style = document.createElement('style');
				style.textContent = 'body { visibility: hidden }';
				document.head.append(style);
				return { own, visibility: getComputedStyle(document.body).visibility };
			});
			assert.ok(styled.own >= 1, 'the page’s own styles are written into it');
			assert.equal(styled.visibility, 'visible', 'the injected style sheet applied');
		}
	},
	{
		name: 'own data: an Excel workbook dropped on the panel: its roles’ sheet read, every chart drawn',
		async run(ctx) {
			const { engine } = ctx;
			await open(ctx, '/');
			await engine.click(await button(engine, 'header', 'Use your own data'));
			await waitFor(engine, 'the panel', () => !!document.querySelector('dialog[open] .drop'));
			await engine.run((b64) => {
				const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
				const data = new DataTransfer();
				data.items.add(new File([bytes], 'regional-vacancies.xlsx'));
				document
					.querySelector('dialog[open] .drop')
					.dispatchEvent(
						new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true })
					);
			}, OWN_XLSX);
			const show = 'Show “regional vacancies” (5 roles)';
			await waitButton(engine, 'the workbook read', 'dialog[open]', show);
			const preview = await engine.run(() =>
				document
					.querySelector('dialog[open] table.preview tbody tr')
					?.textContent?.replace(/\s+/g, ' ')
			);
			assert.match(preview, /^Data analyst\$83,64023%/);
			// The sheet of notes before the roles is passed over.
			const sheet = await engine.run(() => {
				const select = document.querySelector('dialog[open] .header-row select');
				return select && [select.selectedIndex, select.options.length];
			});
			assert.deepEqual(sheet, [1, 3], 'the second of three sheets read');
			await engine.click(await button(engine, 'dialog[open]', show));
			await waitShown(engine, 'the workbook on the page', 'regional vacancies', 5);
			await waitFor(
				engine,
				'the data saved',
				() => !!localStorage.getItem('ml-careers-explorer:shown')
			);
			await deleteSaved(engine, 'regional vacancies');
		}
	},
	{
		name: 'full screen: in and out, the focus and the place kept',
		async run(ctx) {
			const { engine } = ctx;
			await open(ctx, '/');
			await engine.run(() => window.scrollTo(0, 300));
			const before = await engine.run(() => window.scrollY);
			await engine.click(await button(engine, '#salary-vs-growth', 'Full screen'));
			const how = await waitFor(engine, 'the chart full screen', () => {
				const f = document.querySelector('#salary-vs-growth');
				if (document.fullscreenElement === f) return 'api';
				return f.classList.contains('overlay') ? 'overlay' : null;
			});
			const wide = await engine.run(() =>
				Math.round(document.querySelector('#salary-vs-growth .body').getBoundingClientRect().width)
			);
			assert.ok(wide > 0, `full screen (${how}): the chart has no width`);
			await engine.click(await button(engine, '#salary-vs-growth', 'Leave full screen'));
			const after = await waitFor(engine, 'back on the page', () => {
				const f = document.querySelector('#salary-vs-growth');
				const out = !document.fullscreenElement && !f.classList.contains('overlay');
				const b = document.activeElement;
				return out && b?.textContent?.trim() === 'Full screen' && f.contains(b)
					? { scroll: window.scrollY }
					: null;
			});
			assert.ok(
				Math.abs(after.scroll - before) <= 2,
				`full screen (${how}): scrolled to ${after.scroll}, was ${before}`
			);
		}
	},
	{
		name: 'download all: a zip of every chart as SVG, PNG and CSV, and a README',
		async run(ctx) {
			const { engine } = ctx;
			await open(ctx, '/?skills=python');
			await waitFor(
				engine,
				'the button ready',
				() =>
					![...document.querySelectorAll('header button')].some(
						(b) => b.textContent.trim() === 'Download all charts' && b.disabled
					)
			);
			const zip = await download(engine, 'header', 'Download all charts');
			assert.equal(zip.name, '7-machine-learning-roles-and-how-to-get-started--all-charts.zip');
			const files = unzipSync(new Uint8Array(Buffer.from(zip.base64, 'base64')));
			const names = Object.keys(files);
			for (const ext of ['svg', 'png', 'csv'])
				assert.equal(
					names.filter((n) => n.endsWith(`.${ext}`)).length,
					5,
					`${ext} files: ${names}`
				);
			for (const n of names.filter((n) => n.endsWith('.png')))
				assert.equal(Buffer.from(files[n].subarray(1, 4)).toString(), 'PNG', n);
			assert.match(strFromU8(files['README.txt']), /View: 4 of 7 roles match Python\./);
			assert.match(
				strFromU8(files['salary-vs-growth--python.svg']),
				/Median pay against projected job growth/
			);
		}
	},
	{
		name: 'a #data= link opens the data it carries, once kept',
		async run(ctx) {
			const { engine } = ctx;
			const dataset = JSON.parse(
				readFileSync(new URL('../fixtures/occupations.json', import.meta.url), 'utf8')
			);
			const packed = deflateRawSync(Buffer.from(JSON.stringify(dataset))).toString('base64url');
			await open(ctx, `/#data=${packed}`);
			await waitFor(engine, 'the link’s notice', () =>
				/This link carries a dataset: “Occupational Outlook Handbook \(fixture\)”, 5 roles/.test(
					(document.querySelector('main .notice')?.textContent ?? '').replace(/\s+/g, ' ')
				)
			);
			await engine.click(await button(engine, 'main .notice', 'Keep'));
			await waitFor(
				engine,
				'the link’s data on the page',
				() =>
					document.querySelectorAll('#salary-vs-growth .point').length === 5 && location.hash === ''
			);
			await deleteSaved(engine, 'Occupational Outlook Handbook (fixture)');
		}
	},
	{
		name: 'share and embed: the link to this view, and an embedded chart that fits its iframe',
		async run(ctx) {
			const { engine } = ctx;
			await open(ctx, '/?skills=python');
			await engine.click('#salary-vs-growth details.share > summary');
			const [link, code] = await waitFor(engine, 'the share menu', () => {
				const menu = document.querySelector('#salary-vs-growth .share-menu');
				return menu
					? [menu.querySelector('input').value, menu.querySelector('textarea').value]
					: null;
			});
			assert.equal(link, `${ctx.base}/?skills=python#salary-vs-growth`);
			const src = /src="([^"]+)"/.exec(code)?.[1];
			assert.equal(src, `${ctx.base}/embed/salary-vs-growth?skills=python`);
			// The embed in an iframe, with the host's listener the embed code carries (run here, as
			// the page's own policy refuses inline scripts).
			await engine.run((src) => {
				addEventListener('message', (e) => {
					const f = document.querySelector('#engine-embed');
					if (e.source === f.contentWindow && e.data?.type === 'ml-careers-explorer:embed-height')
						f.style.height = `${e.data.height}px`;
				});
				const f = document.createElement('iframe');
				Object.assign(f, { id: 'engine-embed', src, width: '600', height: '300' });
				f.style.border = '0';
				document.body.prepend(f);
			}, src);
			let last;
			const fit = await waitFor(engine, 'the iframe fitted to its chart', () => {
				const f = document.querySelector('#engine-embed');
				const doc = f.contentDocument;
				const inner = Math.ceil(doc?.documentElement?.getBoundingClientRect().height ?? 0);
				const points = doc?.querySelectorAll('.point:not(.dimmed)').length;
				return inner > 400 && Math.abs(f.clientHeight - inner) <= 1 && points === 4
					? { height: f.clientHeight, title: doc.querySelector('h1').textContent }
					: null;
			}).catch(async (error) => {
				last = await engine.run(() => {
					const f = document.querySelector('#engine-embed');
					const doc = f?.contentDocument;
					return {
						frame: f?.clientHeight,
						inner: doc?.documentElement?.getBoundingClientRect().height,
						url: doc?.location.href,
						points: doc?.querySelectorAll('.point:not(.dimmed)').length
					};
				});
				throw new Error(`${error.message}: ${JSON.stringify(last)}`);
			});
			assert.match(fit.title, /pay against/i);
		}
	}
];
