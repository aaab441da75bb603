// `npm run bench [-- --sizes=7,10000 --rounds=3 --clicks=20 --out=results.json --renderers=app,canvas --imports=1000,100000 --lighthouse=3]`
// (`--verbose` also prints every click's time, in order, for each run.)
//
// Builds the app on generated datasets of each size (no code change: ML_DATA), bundles the peers
// (Observable Plot, Vega-Lite 6.1 + vega-embed, and a hand-written canvas page as the floor) against
// the same data file, serves each size as static files, and measures every renderer in Chromium in
// interleaved runs, a fresh browser context each, then reports medians over the rounds:
//   chart_paint_ms    navigation → first painted chart (the later of first contentful paint and the
//                     first frame with the chart's marks on screen)
//   fcp_ms            first contentful paint
//   filter_paint_ms   click on a skill checkbox → next paint, p50 and p95 over the clicks: the Event
//                     Timing entry's duration where Chromium reports one (≥ 16 ms), else the time to the
//                     frame after the click (requestAnimationFrame, then a posted message)
//   filter_paint_4x_cpu_p75_ms
//                     the same clicks again with the CPU slowed 4× (DevTools' throttling, as a
//                     slow phone), the p75 of their times to the next paint
//   heap_mb           JS heap after a forced garbage collection
//   png_export_ms     producing the scatter's PNG export, from the click to the PNG blob (the app
//                     marks `export:png`; the peers time their own export function)
//   js_gzip_kb        gzipped JavaScript the page loads to start
// Writes `--out` (a list of { renderer, size, metric, p50, p95 }) and prints a markdown table with each
// app figure as a ratio to the best peer and to the canvas floor.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { routeJsSize } from '../../scripts/size.mjs';
import { generateDataset } from './generate.mjs';

const args = Object.fromEntries(
	process.argv.slice(2).map((a) => {
		const [k, v] = a.replace(/^--/, '').split('=');
		return [k, v ?? 'true'];
	})
);
const SIZES = (args.sizes ?? '7,1000,10000,100000').split(',').filter(Boolean).map(Number);
const ROUNDS = Number(args.rounds ?? 3);
const CLICKS = Number(args.clicks ?? 20);
const OUT = args.out ?? 'tests/bench/out/results.json';
const RENDERERS = (args.renderers ?? 'app,plot,vega,canvas').split(',');
const VERBOSE = args.verbose === 'true';
/** Lighthouse runs per page (mobile defaults), up to 10,000 roles; `--lighthouse=0` for none. */
const LH_RUNS = Number(args.lighthouse ?? 3);
/** Sizes of the spreadsheets opened in the app; `--imports=` (empty) for none. */
const IMPORTS = (args.imports ?? '1000,100000').split(',').filter(Boolean).map(Number);
const BENCH = 'tests/bench';

function ensurePeers() {
	if (!existsSync(join(BENCH, 'node_modules/@observablehq/plot'))) {
		console.log('installing the peers (tests/bench/package.json)…');
		execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: BENCH, stdio: 'inherit' });
	}
}

async function buildSite(size) {
	// Outside tests/ so type-checking and linting never walk the built sites.
	const site = join('.bench', `site-${size}`);
	const dataFile = size === 7 ? 'data/roles.json' : join(BENCH, 'out', `roles-${size}.json`);
	if (size !== 7 && !existsSync(dataFile)) {
		mkdirSync(join(BENCH, 'out'), { recursive: true });
		writeFileSync(dataFile, JSON.stringify(generateDataset(size)));
	}
	console.log(`building the app on ${size} roles…`);
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		stdio: 'inherit',
		env: { ...process.env, ML_DATA: dataFile, BUILD_DIR: site }
	});
	// The baseline for the islands (docs/decisions.md): the same app with every section loaded and
	// hydrated with the page, split by Vite's defaults.
	const plain = `${site}-plain`;
	if (RENDERERS.includes('app-plain')) {
		console.log(`building the app without islands on ${size} roles…`);
		execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
			stdio: 'inherit',
			env: { ...process.env, ML_DATA: dataFile, BUILD_DIR: plain, ISLANDS: 'off' }
		});
	}
	copyFileSync(dataFile, join(site, 'data.json'));
	mkdirSync(join(site, 'peers'), { recursive: true });
	const { build } = await import(join(process.cwd(), BENCH, 'node_modules/esbuild/lib/main.js'));
	const sizes = {};
	// Only the peers asked for (a smoke run measures the app and the canvas floor alone).
	for (const name of ['plot', 'vega', 'canvas'].filter((n) => RENDERERS.includes(n))) {
		const out = join(site, 'peers', `${name}.js`);
		await build({
			entryPoints: [join(BENCH, 'peers', `${name}.js`)],
			bundle: true,
			minify: true,
			format: 'esm',
			outfile: out,
			nodePaths: [join(BENCH, 'node_modules')],
			logLevel: 'error'
		});
		sizes[name] = gzipSync(readFileSync(out), { level: 9 }).length;
		writeFileSync(
			join(site, 'peers', `${name}.html`),
			`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,">` +
				`<style>body{font-family:system-ui,sans-serif;margin:16px}#filter label{margin-right:8px}</style></head>` +
				`<body><form id="filter"></form><div id="scatter"></div><div id="heatmap"></div>` +
				`<script type="module" src="./${name}.js"></script></body></html>`
		);
	}
	sizes.app = routeJsSize(site).gzip;
	if (RENDERERS.includes('app-plain')) sizes['app-plain'] = routeJsSize(plain).gzip;
	return { site, plain, jsGzip: sizes };
}

function serve(dir, port) {
	const child = spawn('node', ['scripts/serve.mjs', dir, String(port)], { stdio: 'ignore' });
	return new Promise((resolve) => setTimeout(() => resolve(child), 600));
}

const quantile = (xs, q) => {
	if (!xs.length) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
const median = (xs) => quantile(xs, 0.5);

/** Installed before any page script: records paint, marks and click-to-next-paint timings. */
function instrument() {
	const w = window;
	w.__b = { clicks: [], events: [], marks: null, fcp: null };
	new PerformanceObserver((l) => {
		for (const e of l.getEntries())
			if (e.name === 'first-contentful-paint') w.__b.fcp = e.startTime;
	}).observe({ type: 'paint', buffered: true });
	new PerformanceObserver((l) => {
		for (const e of l.getEntries())
			if (e.name === 'click') w.__b.events.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'event', durationThreshold: 16, buffered: true });
	addEventListener(
		'click',
		(e) => {
			const t0 = e.timeStamp;
			requestAnimationFrame(() => {
				const ch = new MessageChannel();
				ch.port1.onmessage = () => w.__b.clicks.push({ start: t0, next: performance.now() - t0 });
				ch.port2.postMessage(0);
			});
		},
		true
	);
	const look = () => {
		const app = document.querySelector(
			'#salary-vs-growth .point, #salary-vs-growth canvas[data-painted], #salary-vs-growth svg[data-marks]'
		);
		const peer = document.body?.dataset.benchPainted;
		if (app || peer) w.__b.marks = performance.now();
		else requestAnimationFrame(look);
	};
	requestAnimationFrame(look);
}

async function measure(browser, base, renderer, skills) {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 900 },
		acceptDownloads: true
	});
	const page = await context.newPage();
	await page.addInitScript(instrument);
	const app = renderer.startsWith('app');
	const url = app ? `${base}/` : `${base}/peers/${renderer}.html`;
	await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
	if (app) {
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 120_000 });
		// The parts below the first screen load their code as a reader comes near them (here, as a
		// pointer entering them would); the clicks and the heap are measured on the whole page, live.
		await page.evaluate(() => {
			for (const el of document.querySelectorAll('[data-island]'))
				el.dispatchEvent(new Event('pointerover'));
		});
		await page.waitForFunction(
			() => !document.querySelector('[data-island]:not([data-live])'),
			null,
			{
				timeout: 120_000
			}
		);
	}
	await page.waitForFunction(() => window.__b.marks !== null && window.__b.fcp !== null, null, {
		timeout: 120_000
	});
	const paint = await page.evaluate(() => ({
		fcp: window.__b.fcp,
		chart: Math.max(window.__b.fcp, window.__b.marks)
	}));
	const frame = () =>
		page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30))));
	// The app's skills are in the filter's panel, opened from its bar first (that click is not one
	// of those measured).
	if (app) {
		await page.locator('#filter-title').click();
		await page.locator('input[name="skills"]').first().waitFor();
		await frame();
	}
	const first = await page.evaluate(() => window.__b.clicks.length);
	for (let i = 0; i < CLICKS; i++) {
		const id = skills[Math.floor(i / 2) % skills.length];
		await page.locator(`input[name="skills"][value="${id}"]`).click();
		await frame();
	}
	await frame();
	/** Each click since the `from`-th: its next paint (the Event Timing duration where longer). */
	const clickTimes = (from) =>
		page.evaluate(
			(from) =>
				window.__b.clicks.slice(from).map((c) => {
					const ev = window.__b.events.find((e) => Math.abs(e.start - c.start) < 2);
					return ev ? Math.max(ev.duration, c.next) : c.next;
				}),
			from
		);
	const filter = await clickTimes(first);
	// The same clicks on a slow phone's processor: DevTools' CPU throttling, 4× slower.
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	for (let i = 0; i < CLICKS; i++) {
		const id = skills[Math.floor(i / 2) % skills.length];
		await page.locator(`input[name="skills"][value="${id}"]`).click();
		await frame();
	}
	await frame();
	const slowFilter = await clickTimes(first + CLICKS);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	// The app's panel, open over the charts, closes as a reader closes it.
	if (app) await page.keyboard.press('Escape');
	await cdp.send('HeapProfiler.collectGarbage');
	const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1048576;
	let png;
	let pngImage = NaN;
	if (app) {
		// From the click to the PNG blob (the app marks it), like the peers' figure; the download
		// that follows is the browser's.
		await Promise.all([
			page.waitForEvent('download', { timeout: 120_000 }),
			page.locator('#salary-vs-growth').getByRole('button', { name: 'Download PNG' }).click()
		]);
		png = await page.evaluate(() => {
			const made = performance.getEntriesByName('export:png').at(-1);
			// The button's click, not the download link's (which comes after the PNG is made).
			const click = made && window.__b.clicks.filter((c) => c.start <= made.startTime).at(-1);
			return made && click ? made.startTime - click.start : NaN;
		});
		// The simplest alternative to the app's own SVG-to-canvas drawing (docs/decisions.md): the
		// same export's SVG drawn by the browser through an Image, encoded the same way. Its time is
		// the SVG's (click to markup, marked by the app) plus the drawing.
		const [svgFile] = await Promise.all([
			page.waitForEvent('download', { timeout: 120_000 }),
			page.locator('#salary-vs-growth').getByRole('button', { name: 'Download SVG' }).click()
		]);
		const svg = readFileSync(await svgFile.path(), 'utf8');
		pngImage = await page.evaluate(async (svg) => {
			const made = performance.getEntriesByName('export:svg').at(-1);
			const click = made && window.__b.clicks.filter((c) => c.start <= made.startTime).at(-1);
			const markup = made && click ? made.startTime - click.start : NaN;
			const t = performance.now();
			const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
			const img = new Image();
			img.src = url;
			await img.decode();
			const canvas = Object.assign(document.createElement('canvas'), {
				width: img.naturalWidth * 2,
				height: img.naturalHeight * 2
			});
			const ctx = canvas.getContext('2d');
			ctx.fillStyle = '#fff';
			ctx.fillRect(0, 0, canvas.width, canvas.height);
			ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
			const png = canvas.toDataURL('image/png');
			URL.revokeObjectURL(url);
			return png.startsWith('data:image/png') ? markup + performance.now() - t : NaN;
		}, svg);
	} else {
		png = await page.evaluate(async () => {
			const t = performance.now();
			await window.__bench.exportPng();
			return performance.now() - t;
		});
	}
	await context.close();
	return { paint, filter, slowFilter, heap, png, pngImage };
}

/** A generated dataset as a spreadsheet: title, pay, growth, and its requirements in one column. */
function datasetCsv(data) {
	const label = new Map(data.skills.map((s) => [s.id, s.label]));
	const q = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
	const lines = ['Role,Median pay,Projected growth,Requirements'];
	for (const r of data.roles)
		lines.push(
			[
				r.title,
				r.salary.median,
				`${r.growth.percent}%`,
				r.requirements.map((x) => label.get(x.skill)).join('; ')
			]
				.map((v) => q(String(v)))
				.join(',')
		);
	return lines.join('\n');
}

/**
 * "Use your own data" on a file of `rows` roles (issue 17): from the file chosen to the preview
 * ready, from "Show" to the scatter drawn, and the longest main-thread task meanwhile.
 */
async function measureImport(browser, base, rows) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	// Timed in the page (Playwright's polling would add its own latency): the file chosen, the
	// "Show" button in the document, the click on it, the scatter painted with every row.
	await page.addInitScript((rows) => {
		const imp = (window.__imp = { tasks: [], chosen: 0, ready: 0, clicked: 0, drawn: 0 });
		new PerformanceObserver((l) => {
			for (const e of l.getEntries()) imp.tasks.push([e.startTime, e.duration]);
		}).observe({ type: 'longtask' });
		addEventListener(
			'change',
			(e) => {
				if (e.target instanceof HTMLInputElement && e.target.type === 'file')
					imp.chosen = performance.now();
			},
			true
		);
		addEventListener('click', () => (imp.clicked ||= imp.ready && performance.now()), true);
		const painted =
			rows > 300
				? () =>
						document.querySelector('#salary-vs-growth canvas[data-painted]')?.dataset.painted ===
						String(rows)
				: () => document.querySelectorAll('#salary-vs-growth .point').length === rows;
		const next = (key) => requestAnimationFrame(() => (imp[key] = performance.now()));
		new MutationObserver(() => {
			const show = [...document.querySelectorAll('dialog[open] button')].some((b) =>
				b.textContent.trim().startsWith('Show “')
			);
			if (imp.chosen && !imp.ready && show) {
				imp.ready = -1;
				next('ready');
			}
			if (imp.clicked && !imp.drawn && painted()) {
				imp.drawn = -1;
				next('drawn');
			}
		}).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
	}, rows);
	await page.goto(`${base}/`, { waitUntil: 'load' });
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByRole('button', { name: 'Use your own data' }).click();
	await page.locator('dialog[open] input[type="file"]').waitFor({ state: 'attached' });
	const csv = Buffer.from(datasetCsv(generateDataset(rows)));
	await page
		.locator('dialog[open] input[type="file"]')
		.setInputFiles({ name: `roles-${rows}.csv`, mimeType: 'text/csv', buffer: csv });
	const show = page.locator('dialog[open] button', { hasText: /^Show “/ });
	await show.waitFor({ timeout: 120_000 });
	await page.waitForFunction(() => window.__imp.ready > 0);
	await show.click();
	await page.waitForFunction(() => window.__imp.drawn > 0, null, { timeout: 120_000 });
	const t = await page.evaluate(() => window.__imp);
	await context.close();
	const ready = t.ready - t.chosen;
	const drawn = t.drawn - t.clicked;
	// The longest main-thread task while the file was read (the parsing), and while drawing.
	const longestIn = (from, to) =>
		Math.max(0, ...t.tasks.filter(([at]) => at >= from && at < to).map(([, d]) => d));
	return {
		ready,
		drawn,
		total: ready + drawn,
		longest: longestIn(t.clicked, t.drawn + 1),
		longestReading: longestIn(t.chosen, t.ready),
		bytes: csv.length
	};
}

/** The commit measured, marked when the work tree had changes. */
function commit() {
	const git = (...a) => execFileSync('git', a, { encoding: 'utf8' }).trim();
	try {
		return git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain') ? ' + changes' : '');
	} catch {
		return 'unknown';
	}
}

let browserVersion = 'Chromium';

async function main() {
	ensurePeers();
	const executablePath = findChromium() ?? undefined;
	const results = [];
	/** Renderers that gave no measurement at some size: the run fails, so the benchmark cannot rot. */
	const failed = [];
	const add = (renderer, size, metric, p50, p95 = p50) =>
		results.push({ renderer, size, metric, p50: +p50.toFixed(2), p95: +p95.toFixed(2) });
	const base = JSON.parse(readFileSync('data/roles.json', 'utf8'));
	const skills = [
		'python',
		'sql',
		'kafka',
		'statistics',
		'java',
		'linux-unix',
		'r',
		'spark',
		'mathematics',
		'cpp'
	].filter((s) => base.skills.some((k) => k.id === s));
	let port = 4190;
	for (const size of SIZES) {
		const { site, plain, jsGzip } = await buildSite(size);
		const server = await serve(site, ++port);
		const appPort = port;
		const plainServer = RENDERERS.includes('app-plain') ? await serve(plain, ++port) : null;
		const browser = await chromium.launch({
			executablePath,
			args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc']
		});
		browserVersion = `Chromium ${browser.version()}`;
		const runs = Object.fromEntries(RENDERERS.map((r) => [r, []]));
		for (let round = 0; round < ROUNDS; round++) {
			// Interleaved, rotating the order each round so no renderer always goes first.
			const order = RENDERERS.map((_, i) => RENDERERS[(i + round) % RENDERERS.length]);
			for (const r of order) {
				process.stdout.write(`  ${size} roles, round ${round + 1}: ${r}… `);
				try {
					const at = r === 'app-plain' ? port : appPort;
					const run = await measure(browser, `http://localhost:${at}`, r, skills);
					runs[r].push(run);
					console.log(
						VERBOSE ? `ok; clicks ${run.filter.map((x) => Math.round(x)).join(' ')}` : 'ok'
					);
				} catch (error) {
					console.log(`failed: ${error.message.split('\n')[0]}`);
				}
			}
		}
		await browser.close();
		// Lighthouse, mobile (simulated slow 4G, 4× CPU slowdown), on every page: the app, its
		// no-islands build and the peers, served compressed as a static host serves them.
		if (LH_RUNS > 0 && size <= 10_000) {
			const { lighthouse } = await import('./lighthouse.mjs');
			for (const r of RENDERERS) {
				process.stdout.write(`  ${size} roles, Lighthouse ×${LH_RUNS}: ${r}… `);
				try {
					const lh = await lighthouse(
						r === 'app-plain'
							? `http://localhost:${port}/`
							: `http://localhost:${appPort}/${r === 'app' ? '' : `peers/${r}.html`}`,
						LH_RUNS
					);
					for (const [k, v] of Object.entries(lh)) add(r, size, `lh_${k}`, v);
					console.log(`score ${lh.score}, TBT ${Math.round(lh.tbt_ms)} ms`);
				} catch (error) {
					failed.push(`Lighthouse on ${r} at ${size} roles`);
					console.log(`failed: ${error.message.split('\n')[0]}`);
				}
			}
		}
		server.kill();
		plainServer?.kill();
		for (const r of RENDERERS) {
			const rs = runs[r];
			if (!rs.length) {
				failed.push(`${r} at ${size} roles`);
				continue;
			}
			add(r, size, 'chart_paint_ms', median(rs.map((x) => x.paint.chart)));
			add(r, size, 'fcp_ms', median(rs.map((x) => x.paint.fcp)));
			add(
				r,
				size,
				'filter_paint_ms',
				median(rs.map((x) => quantile(x.filter, 0.5))),
				median(rs.map((x) => quantile(x.filter, 0.95)))
			);
			add(
				r,
				size,
				'filter_paint_4x_cpu_p75_ms',
				median(rs.map((x) => quantile(x.slowFilter, 0.75)))
			);
			add(r, size, 'heap_mb', median(rs.map((x) => x.heap)));
			add(r, size, 'png_export_ms', median(rs.map((x) => x.png)));
			if (r === 'app') add(r, size, 'png_via_image_ms', median(rs.map((x) => x.pngImage)));
			add(r, size, 'js_gzip_kb', jsGzip[r] / 1024);
		}
	}
	// Opening a spreadsheet in the app (issue 17), on the bundled site, at 1,000 and 100,000 rows.
	if (RENDERERS.includes('app') && IMPORTS.length) {
		const site = join('.bench', 'site-7');
		// This run's build, never one left by an earlier run.
		if (!SIZES.includes(7)) await buildSite(7);
		const server = await serve(site, ++port);
		const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
		for (const rows of IMPORTS) {
			const runs = [];
			for (let round = 0; round < ROUNDS; round++) {
				process.stdout.write(`  import of ${rows} rows, round ${round + 1}… `);
				try {
					runs.push(await measureImport(browser, `http://localhost:${port}`, rows));
					console.log('ok');
				} catch (error) {
					console.log(`failed: ${error.message.split('\n')[0]}`);
				}
			}
			if (!runs.length) {
				failed.push(`the import of ${rows} rows`);
				continue;
			}
			add('app', rows, 'import_total_ms', median(runs.map((r) => r.total)));
			add('app', rows, 'import_ready_ms', median(runs.map((r) => r.ready)));
			add('app', rows, 'import_draw_ms', median(runs.map((r) => r.drawn)));
			add('app', rows, 'import_longest_task_ms', median(runs.map((r) => r.longest)));
			add('app', rows, 'import_longest_reading_task_ms', median(runs.map((r) => r.longestReading)));
			add('app', rows, 'import_file_kb', runs[0].bytes / 1024);
		}
		await browser.close();
		server.kill();
	}
	mkdirSync(join(OUT, '..'), { recursive: true });
	const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${browserVersion}`;
	const meta = {
		date: new Date().toISOString().slice(0, 10),
		commit: commit(),
		machine,
		command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim()
	};
	writeFileSync(OUT, JSON.stringify({ meta, results }, null, 2) + '\n');
	console.log(`\n${table(results)}\n\nMachine: ${machine}. Wrote ${OUT}.`);
	if (failed.length) {
		console.error(`\n✗ no measurement for ${failed.join(', ')}`);
		process.exit(1);
	}
}

/** Markdown: one row per size and metric; the app's figure as a ratio to the best peer and the floor. */
export function table(results) {
	const get = (r, size, metric) =>
		results.find((x) => x.renderer === r && x.size === size && x.metric === metric);
	const fmt = (x, p95) => (x ? (p95 && x.p95 !== x.p50 ? `${x.p50} / ${x.p95}` : `${x.p50}`) : '–');
	const lines = [
		'| size | metric | app | Observable Plot | Vega-Lite | canvas floor | app ÷ best peer | app ÷ floor |',
		'|---:|---|---:|---:|---:|---:|---:|---:|'
	];
	const sizes = [...new Set(results.map((x) => x.size))];
	const metrics = [...new Set(results.map((x) => x.metric))];
	for (const size of sizes) {
		for (const metric of metrics) {
			const [a, p, v, c] = ['app', 'plot', 'vega', 'canvas'].map((r) => get(r, size, metric));
			const isP95 = metric === 'filter_paint_ms';
			const key = isP95 ? 'p95' : 'p50';
			const peers = [p, v].filter(Boolean).map((x) => x[key]);
			const best = peers.length ? Math.min(...peers) : NaN;
			const ratio = (n, d) => (a && Number.isFinite(d) && d > 0 ? (a[key] / d).toFixed(2) : '–');
			lines.push(
				`| ${size.toLocaleString('en-US')} | ${metric}${isP95 ? ' (p50 / p95)' : ''} | ${fmt(a, isP95)} | ${fmt(p, isP95)} | ${fmt(v, isP95)} | ${fmt(c, isP95)} | ${ratio(a, best)} | ${ratio(a, c?.[key])} |`
			);
		}
	}
	return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
