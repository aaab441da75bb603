// `npm run test:e2e`: build, then run only the browser tests.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';

const chromium = ensureChromium();
const env = { ...process.env, CHROMIUM_PATH: chromium };
for (const [cmd, args, extra] of [
	['node', ['tests/bench/generate.mjs', '1000', 'tests/fixtures/generated/roles-1000.json']],
	[
		'npx',
		['vite', 'build', '--logLevel', 'warn'],
		{ ML_DATA: 'tests/fixtures/generated/roles-1000.json', BUILD_DIR: 'build-large' }
	],
	[
		'npx',
		['vite', 'build', '--logLevel', 'warn'],
		{ ML_DATA: 'tests/fixtures/occupations.json', BUILD_DIR: 'build-other' }
	],
	['npx', ['vite', 'build', '--logLevel', 'warn']],
	['npx', ['playwright', 'test', ...process.argv.slice(2)]]
]) {
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extra } });
	if (r.status !== 0) process.exit(r.status || 1);
}
