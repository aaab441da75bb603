// `npm run test:e2e`: build, then run only the browser tests.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';

const chromium = ensureChromium();
const env = { ...process.env, CHROMIUM_PATH: chromium };
for (const [cmd, args] of [
	['npx', ['vite', 'build', '--logLevel', 'warn']],
	['npx', ['playwright', 'test', ...process.argv.slice(2)]]
]) {
	const r = spawnSync(cmd, args, { stdio: 'inherit', env });
	if (r.status !== 0) process.exit(r.status || 1);
}
