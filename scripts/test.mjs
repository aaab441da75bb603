// `npm test`: everything, in the order a failure is cheapest to find.
//   1. unit and SVG snapshot tests (vitest)
//   2. a production build of the site (prerendered), one on a generated 1,000-role dataset and one
//      on a hand-made dataset with words of its own
//   3. end-to-end tests in Chromium against that build (Playwright)
//   4. a smoke suite of the main paths in Chromium, Firefox and WebKit (tests/engines/)
// Arguments after `--` go to Playwright (e.g. `npm test -- --grep tooltip`).
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';

function step(name, cmd, args, env = process.env) {
	console.log(`\n── ${name} ──`);
	const r = spawnSync(cmd, args, { stdio: 'inherit', env });
	if (r.status !== 0) {
		console.error(`\n✗ ${name} failed (exit ${r.status ?? r.signal})`);
		process.exit(r.status || 1);
	}
}

const extra = process.argv.slice(2);
step('unit and snapshot tests', 'npx', ['vitest', 'run']);
let chromium;
try {
	chromium = ensureChromium();
} catch (error) {
	console.error(`\n✗ ${error.message}`);
	process.exit(1);
}
console.log(`\nChromium: ${chromium}`);
// The same app, built with no code change on a generated dataset of 1,000 roles: the large-data
// path (canvas scatter, paged heatmap, long tables) is tested end to end too.
step('generate a 1,000-role dataset', 'node', [
	'tests/bench/generate.mjs',
	'1000',
	'tests/fixtures/generated/roles-1000.json'
]);
step('build on it', 'npx', ['vite', 'build', '--logLevel', 'warn'], {
	...process.env,
	ML_DATA: 'tests/fixtures/generated/roles-1000.json',
	BUILD_DIR: 'build-large'
});
// And on a hand-made dataset with words of its own (measure names, headline, rubric; no context):
// every word on the page must come from it.
step('build on a second dataset', 'npx', ['vite', 'build', '--logLevel', 'warn'], {
	...process.env,
	ML_DATA: 'tests/fixtures/occupations.json',
	BUILD_DIR: 'build-other'
});
// The main build last, so .svelte-kit holds the bundled dataset's output for `npm run preview`.
step('build (bundled data)', 'npx', ['vite', 'build', '--logLevel', 'warn']);
step('end-to-end tests (Chromium)', 'npx', ['playwright', 'test', ...extra], {
	...process.env,
	CHROMIUM_PATH: chromium
});
// The main paths again in every engine: Chromium, Firefox and WebKit (tests/engines/).
step('smoke tests in Chromium, Firefox and WebKit', 'node', ['tests/engines/run.mjs'], {
	...process.env,
	CHROMIUM_PATH: chromium
});
console.log('\n✓ all tests passed');
