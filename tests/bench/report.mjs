// `npm run bench:report`: writes the benchmark's tables into the documents from the benchmark's own
// output (`tests/bench/results.json`, written by `npm run bench`), so no figure is copied by hand:
//   tests/bench/RESULTS.md   the full table, and the targets with whether each is met
//   README.md                the headline table
//   docs/decisions.md        the home-made parts beside their simplest alternatives
// Each table sits between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`; the rest of each file is
// prose and is left alone. `--check` fails when a document is not what the JSON gives (CI runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { table } from './run.mjs';

const RESULTS = 'tests/bench/results.json';
const PEERS = { plot: 'Observable Plot', vega: 'Vega-Lite' };

/** The run: its commit, date, machine and command, and its figures. */
export function loadRun(file = RESULTS) {
	const run = JSON.parse(readFileSync(file, 'utf8'));
	if (!Array.isArray(run.results)) throw new Error(`${file}: expected { meta, results: [...] }`);
	return run;
}

const fmtSize = (n) => n.toLocaleString('en-US');
const num = (x, digits = 0) =>
	Number.isFinite(x) ? x.toLocaleString('en-US', { maximumFractionDigits: digits }) : '–';

function finder(results) {
	return (renderer, size, metric) =>
		results.find((x) => x.renderer === renderer && x.size === size && x.metric === metric);
}

/** The headline: one row per size, the app beside its best peer and the floor. */
export function headline({ results }) {
	const get = finder(results);
	const sizes = [...new Set(results.map((x) => x.size))];
	const lines = [
		'| roles | chart on screen | filter → paint, p50 / p95 | best peer (p95) | canvas floor (p95) | heap | PNG (2×) |',
		'| ---: | --- | ---: | --- | ---: | ---: | ---: |'
	];
	for (const size of sizes) {
		const app = (m) => get('app', size, m);
		const peers = Object.keys(PEERS)
			.map((r) => ({ r, x: get(r, size, 'filter_paint_ms') }))
			.filter((p) => p.x)
			.sort((a, b) => a.x.p95 - b.x.p95);
		const best = peers[0];
		const floor = get('canvas', size, 'filter_paint_ms');
		const paint = app('chart_paint_ms');
		const fcp = app('fcp_ms');
		const filter = app('filter_paint_ms');
		lines.push(
			`| ${fmtSize(size)} | ${paint && fcp && paint.p50 <= fcp.p50 ? 'at first paint' : `${num(paint?.p50)} ms`} | ${num(filter?.p50)} / ${num(filter?.p95)} ms | ${best ? `${num(best.x.p95)} ms (${PEERS[best.r]})` : '–'} | ${floor ? `${num(floor.p95)} ms` : '–'} | ${num(app('heap_mb')?.p50, 1)} MB | ${num(app('png_export_ms')?.p50)} ms |`
		);
	}
	return lines.join('\n');
}

/** Opening a spreadsheet in the app: each stage's time at each size measured. */
export function imports({ results }) {
	const get = finder(results);
	const sizes = [...new Set(results.map((x) => x.size))].filter(
		(s) => get('app', s, 'import_total_ms') !== undefined
	);
	const lines = [
		'| rows | file | file chosen → preview ready | "Show" → charts drawn | total | longest task while reading |',
		'| ---: | ---: | ---: | ---: | ---: | ---: |'
	];
	for (const s of sizes) {
		const m = (metric) => get('app', s, metric)?.p50;
		lines.push(
			`| ${fmtSize(s)} | ${num(m('import_file_kb') / 1024, 1)} MB | ${num(m('import_ready_ms'))} ms | ${num(m('import_draw_ms'))} ms | ${num(m('import_total_ms'))} ms | ${num(m('import_longest_reading_task_ms'))} ms |`
		);
	}
	return lines.join('\n');
}

/** Issue 6's targets as restated in issue 19, each with its status in this run. */
export function targets({ results }) {
	const get = finder(results);
	const sizes = [...new Set(results.map((x) => x.size))];
	const p95 = (r, s) => get(r, s, 'filter_paint_ms')?.p95;
	const rows = [];
	const verdict = (ok) => (ok ? '**met**' : '**missed**');
	for (const s of sizes) {
		const app = p95('app', s);
		const best = Math.min(...Object.keys(PEERS).map((r) => p95(r, s) ?? Infinity));
		if (app === undefined || !Number.isFinite(best)) continue;
		// Where the best peer paints within two frames, the app is held to one frame; else to half.
		const bound = best <= 33 ? 17 : best / 2;
		const rule =
			best <= 33 ? 'within one frame (≤ 17 ms)' : `≤ ½ the best peer (${num(bound, 1)} ms)`;
		rows.push([
			`filter p95 at ${fmtSize(s)} roles ${rule}`,
			`${verdict(app <= bound)}: ${num(app, 1)} ms; best peer ${num(best, 1)} ms`
		]);
	}
	for (const s of sizes) {
		const app = get('app', s, 'heap_mb')?.p50;
		const floor = get('canvas', s, 'heap_mb')?.p50;
		if (app === undefined) continue;
		const budget = s === 7 ? 5.2 : s === 1000 ? 6.2 : floor !== undefined ? 2 * floor : NaN;
		const rule =
			s <= 1000
				? `≤ ${budget} MB (the heap measured when the target was set)`
				: '≤ 2× the canvas floor';
		rows.push([
			`heap at ${fmtSize(s)} roles ${rule}`,
			`${verdict(app <= budget)}: ${num(app, 2)} MB${floor ? ` (floor ${num(floor, 2)})` : ''}`
		]);
	}
	for (const s of sizes) {
		const paint = get('app', s, 'chart_paint_ms')?.p50;
		const fcp = get('app', s, 'fcp_ms')?.p50;
		if (paint === undefined) continue;
		rows.push([
			`the chart is the first contentful paint at ${fmtSize(s)} roles`,
			`${verdict(paint <= fcp)}: ${num(paint)} ms`
		]);
	}
	// Your own data (issue 17): from the file chosen to the charts drawn, and the longest task.
	for (const [size, budget] of [
		[1000, 300],
		[100000, 3000]
	]) {
		const total = get('app', size, 'import_total_ms')?.p50;
		const task = get('app', size, 'import_longest_reading_task_ms')?.p50;
		const drawing = get('app', size, 'import_longest_task_ms')?.p50;
		if (total === undefined) continue;
		rows.push([
			`a spreadsheet of ${fmtSize(size)} rows opened: file chosen to charts drawn ≤ ${fmtSize(budget)} ms`,
			`${verdict(total <= budget)}: ${num(total)} ms`
		]);
		rows.push([
			`… no main-thread task over 200 ms while it is read`,
			`${verdict(task !== undefined && task <= 200)}: longest ${num(task)} ms (${num(drawing)} ms with the first drawing of the charts)`
		]);
	}
	// A phone (issue 19): Lighthouse mobile on the bundled data, and at 10,000 roles; the filter
	// click with the CPU slowed 4×, beside the peers measured the same way.
	const lh = (s, m, r = 'app') => get(r, s, `lh_${m}`)?.p50;
	// Beside each, the same measure of the canvas floor and the peers in this run: what the simplest
	// page and the others reach on this machine.
	const others = (s, m, digits = 0, unit = '') => {
		const all = ['canvas', ...Object.keys(PEERS)]
			.filter((r) => lh(s, m, r) !== undefined)
			.map((r) => `${NAMES[r]} ${num(lh(s, m, r), digits)}${unit}`);
		return all.length ? `; ${all.join(', ')}` : '';
	};
	if (lh(7, 'score') !== undefined) {
		for (const [m, rule, ok, unit] of [
			['score', 'performance 100', (x) => x >= 100, ''],
			['fcp_ms', 'first contentful paint ≤ 1,000 ms', (x) => x <= 1000, ' ms'],
			['lcp_ms', 'largest contentful paint ≤ 1,500 ms', (x) => x <= 1500, ' ms'],
			['tbt_ms', 'total blocking time ≤ 50 ms', (x) => x <= 50, ' ms'],
			['cls', 'layout shift 0', (x) => x === 0, ''],
			['dom', 'DOM ≤ 800 elements', (x) => x <= 800, '']
		]) {
			const x = lh(7, m);
			const digits = m === 'cls' ? 3 : 0;
			rows.push([
				`Lighthouse mobile on the bundled data: ${rule}`,
				`${verdict(x !== undefined && ok(x))}: ${num(x, digits)}${unit}${others(7, m, digits, unit)}`
			]);
		}
	}
	if (lh(10000, 'score') !== undefined)
		rows.push([
			'Lighthouse mobile at 10,000 roles: performance ≥ 90',
			`${verdict(lh(10000, 'score') >= 90)}: ${num(lh(10000, 'score'))}${others(10000, 'score')}`
		]);
	for (const s of [7, 10000]) {
		const slow = (r) => get(r, s, 'filter_paint_4x_cpu_p75_ms')?.p50;
		if (slow('app') === undefined) continue;
		const peers = ['canvas', ...Object.keys(PEERS)]
			.filter((r) => slow(r) !== undefined)
			.map((r) => `${NAMES[r]} ${num(slow(r))} ms`);
		rows.push([
			`filter click → next paint with the CPU slowed 4×, p75 ≤ 100 ms at ${fmtSize(s)} roles`,
			`${verdict(slow('app') <= 100)}: ${num(slow('app'))} ms${peers.length ? `; ${peers.join(', ')}` : ''}`
		]);
	}
	const png = get('app', 10000, 'png_export_ms')?.p50;
	if (png !== undefined)
		rows.push(['PNG export ≤ 100 ms at 10,000 roles', `${verdict(png <= 100)}: ${num(png)} ms`]);
	const js = get('app', sizes[0], 'js_gzip_kb')?.p50;
	const peersJs = Object.keys(PEERS).map((r) => get(r, sizes[0], 'js_gzip_kb')?.p50 ?? Infinity);
	if (js !== undefined)
		rows.push([
			'start JavaScript ≤ 70 KiB gzipped and smaller than either peer',
			`${verdict(js <= 70 && peersJs.every((p) => js < p))}: ${num(js, 1)} KiB`
		]);
	return [
		'| target | this run |',
		'| --- | --- |',
		...rows.map(([a, b]) => `| ${a} | ${b} |`)
	].join('\n');
}

const NAMES = { app: 'app', 'app-plain': 'app without islands', canvas: 'canvas floor', ...PEERS };

/** Lighthouse (mobile) on every page measured, and the clicks with the CPU slowed 4×. */
export function phone({ results }) {
	const get = finder(results);
	const sizes = [...new Set(results.map((x) => x.size))];
	const lines = [
		'| roles | page | score | first contentful paint | largest contentful paint | total blocking time | layout shift | speed index | DOM elements | filter → paint, 4× slower CPU, p75 |',
		'| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
	];
	for (const s of sizes)
		for (const r of Object.keys(NAMES)) {
			const x = (m) => get(r, s, m)?.p50;
			if (x('lh_score') === undefined && x('filter_paint_4x_cpu_p75_ms') === undefined) continue;
			const ms = (m) => (Number.isFinite(x(m)) ? `${num(x(m))} ms` : '–');
			lines.push(
				`| ${fmtSize(s)} | ${NAMES[r]} | ${num(x('lh_score'))} | ${ms('lh_fcp_ms')} | ${ms('lh_lcp_ms')} | ${ms('lh_tbt_ms')} | ${num(x('lh_cls'), 3)} | ${ms('lh_si_ms')} | ${num(x('lh_dom'))} | ${ms('filter_paint_4x_cpu_p75_ms')} |`
			);
		}
	return lines.join('\n');
}

/** The home-made parts beside the simplest alternative, measured in the same run. */
export function decisions({ results }) {
	const get = finder(results);
	const sizes = [...new Set(results.map((x) => x.size))];
	const png = [
		'| roles | PNG: own drawing | PNG: the browser draws the SVG |',
		'| ---: | ---: | ---: |'
	];
	const islands = [
		'| roles | | start JS (KiB) | first paint (ms) | filter p95 (ms) | heap (MB) | phone: Lighthouse score | phone: total blocking time (ms) | phone: first contentful paint (ms) |',
		'| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
	];
	for (const s of sizes) {
		const a = (m, k = 'p50') => get('app', s, m)?.[k];
		png.push(
			`| ${fmtSize(s)} | ${num(a('png_export_ms'))} ms | ${num(a('png_via_image_ms'))} ms |`
		);
		for (const [r, label] of [
			['app', 'islands'],
			['app-plain', 'no islands']
		]) {
			const x = (m, k = 'p50') => get(r, s, m)?.[k];
			if (x('js_gzip_kb') === undefined) continue;
			islands.push(
				`| ${fmtSize(s)} | ${label} | ${num(x('js_gzip_kb'), 1)} | ${num(x('chart_paint_ms'))} | ${num(x('filter_paint_ms', 'p95'), 1)} | ${num(x('heap_mb'), 2)} | ${num(x('lh_score'))} | ${num(x('lh_tbt_ms'))} | ${num(x('lh_fcp_ms'))} |`
			);
		}
	}
	return `${png.join('\n')}\n\n${islands.join('\n')}`;
}

/** One line naming the run, for under each table. */
export function provenance({ meta }) {
	return `Measured ${meta.date} at commit \`${meta.commit}\` (${meta.machine}); \`${meta.command}\`.`;
}

/** Replaces the text between the markers named `name` in `text`. */
export function fill(text, name, body, file) {
	const open = `<!-- bench:${name} -->`;
	const close = `<!-- /bench:${name} -->`;
	const i = text.indexOf(open);
	const j = text.indexOf(close);
	if (i < 0 || j < i) throw new Error(`${file}: no ${open} … ${close} markers`);
	return `${text.slice(0, i + open.length)}\n\n${body}\n\n${text.slice(j)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const check = process.argv.includes('--check');
	const run = loadRun();
	const under = provenance(run);
	const writes = [
		[
			'tests/bench/RESULTS.md',
			{
				full: `${table(run.results)}\n\n${under}`,
				targets: targets(run),
				phone: `${phone(run)}\n\n${under}`
			}
		],
		[
			'README.md',
			{
				headline: `${headline(run)}\n\n${under}`,
				phone: `${phone(run)}\n\n${under}`,
				imports: `${imports(run)}\n\n${under}`
			}
		],
		['docs/decisions.md', { measured: `${decisions(run)}\n\n${under}` }]
	];
	let stale = 0;
	for (const [file, parts] of writes) {
		const before = readFileSync(file, 'utf8');
		let text = before;
		for (const [name, body] of Object.entries(parts)) text = fill(text, name, body, file);
		// Laid out as the project's formatter lays out Markdown, so lint and this agree.
		text = await format(text, { ...(await resolveConfig(file)), filepath: file });
		if (text === before) continue;
		if (check) {
			console.error(
				`${file}: its benchmark tables are not what ${RESULTS} gives; run npm run bench:report`
			);
			stale++;
		} else {
			writeFileSync(file, text);
			console.log(`wrote ${file}`);
		}
	}
	process.exit(stale ? 1 : 0);
}
