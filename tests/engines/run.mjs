// The smoke suite in every engine: `node tests/engines/run.mjs [chromium|firefox|webkit …]`, run by
// `npm test` after the build. Serves build/ as a static host would, with tests/engines/watch.js put
// first in every page, and runs checks.mjs in Chromium, Firefox and WebKit in turn. A missing engine
// is installed where that is possible (as root, with apt) and otherwise fails the run, saying how to
// install it: no engine is skipped in silence. Screenshots go to test-results/engines/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../scripts/serve.mjs';
import { ensureEngines } from '../../scripts/engines.mjs';
import { checks } from './checks.mjs';
import { freePort, launchPuppeteer, launchWebKit } from './drivers.mjs';

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length ? wanted : ['chromium', 'firefox', 'webkit'];
const shots = 'test-results/engines';
mkdirSync(shots, { recursive: true });

let paths;
try {
	paths = ensureEngines(names);
} catch (error) {
	console.error(`\n✗ ${error.message}`);
	process.exit(1);
}

const missing = [];
const port = await freePort();
const server = await serveStatic({
	dir: 'build',
	port,
	inject: {
		path: '/__engine-watch.js',
		file: fileURLToPath(new URL('./watch.js', import.meta.url))
	},
	onMissing: (path) => missing.push(`the page asked for ${path}, which the site does not have`)
});
const base = `http://localhost:${port}`;

const launchers = {
	chromium: () => launchPuppeteer('chrome', paths.chromium),
	firefox: () => launchPuppeteer('firefox', paths.firefox),
	webkit: () => launchWebKit(paths.webkit)
};

let passed = 0;
let failed = 0;
for (const name of names) {
	let engine;
	try {
		engine = await launchers[name]();
	} catch (error) {
		console.error(`✗ ${name} did not start: ${error.message}`);
		failed += checks.length;
		continue;
	}
	console.log(`\n${engine.name} (${engine.version})`);
	const ctx = { engine, base, shots };
	for (const check of checks) {
		const started = Date.now();
		missing.length = 0;
		const seen = engine.problems().length;
		try {
			await check.run(ctx);
			// What the page and the engine saw during the check: errors, outside requests, 404s.
			// A check may expect some (`check.expects`): the policy check's blocked script, which the
			// engine also logs in its own words.
			const problems = [
				...(await engine.run(
					() => window.__engineWatch?.problems ?? ['the watch script did not run']
				)),
				...engine.problems().slice(seen),
				...missing
			].filter((p) => !check.expects?.test(p));
			if (problems.length) throw new Error(`the page reported:\n    ${problems.join('\n    ')}`);
			passed++;
			console.log(`  ✓ ${check.name} (${Date.now() - started} ms)`);
		} catch (error) {
			failed++;
			console.log(
				`  ✗ ${check.name}\n    ${String(error.stack ?? error)
					.split('\n')
					.slice(0, 6)
					.join('\n    ')}`
			);
			await engine
				.screenshot(`${shots}/${name}-failed-${checks.indexOf(check)}.png`)
				.catch(() => {});
		}
	}
	await engine.close();
}
server.close();
console.log(`\nengines: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
