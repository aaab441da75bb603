// Finds a Chromium for the browser tests, in this order: $CHROMIUM_PATH, Playwright's own browser,
// a `chromium` on the PATH (Debian's package). With none and `install: true`, it gets one: first
// Playwright's installer (where its download host is reachable), then Debian's `chromium` package
// (as root, with apt). It never silently skips: with no browser it throws, saying how to get one.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** What every Chromium the tests start is given: as root, on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/** @param {string} name @returns {string | null} */
function onPath(name) {
	const r = spawnSync('/bin/sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
	const p = r.stdout.trim();
	return r.status === 0 && p ? p : null;
}

function playwrightOwn() {
	try {
		const { chromium } = require('playwright-core');
		const p = chromium.executablePath();
		return p && existsSync(p) ? p : null;
	} catch {
		return null;
	}
}

export function findChromium() {
	const env = process.env.CHROMIUM_PATH;
	if (env) {
		if (existsSync(env)) return env;
		throw new Error(`CHROMIUM_PATH is set to ${env}, but there is no file there.`);
	}
	return (
		playwrightOwn() ?? onPath('chromium') ?? onPath('chromium-browser') ?? onPath('google-chrome')
	);
}

/** @param {string} cmd @param {string[]} args @param {number} timeout */
function run(cmd, args, timeout) {
	console.log(`[chromium] ${cmd} ${args.join(' ')}`);
	const r = spawnSync(cmd, args, { stdio: 'inherit', timeout });
	return r.status === 0;
}

export function ensureChromium({ install = true } = {}) {
	let found = findChromium();
	if (found || !install) return found;
	console.log('[chromium] no browser found; trying Playwright’s installer');
	run('npx', ['playwright-core', 'install', 'chromium'], 180_000);
	found = findChromium();
	if (found) return found;
	const root = typeof process.getuid === 'function' && process.getuid() === 0;
	if (root && onPath('apt-get')) {
		console.log('[chromium] trying Debian’s chromium package');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		try {
			execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env, timeout: 300_000 });
			execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
				stdio: 'inherit',
				env,
				timeout: 600_000
			});
		} catch (error) {
			console.error(`[chromium] apt-get failed: ${/** @type {Error} */ (error).message}`);
		}
		found = findChromium();
		if (found) return found;
	}
	throw new Error(
		'No Chromium for the browser tests. Install one and run again:\n' +
			'  Debian/Ubuntu (as root):  apt-get install -y chromium\n' +
			'  elsewhere:                npx playwright install chromium\n' +
			'  or point at a browser:    CHROMIUM_PATH=/path/to/chrome npm test'
	);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	try {
		console.log(ensureChromium({ install: !process.argv.includes('--find') }));
	} catch (error) {
		console.error(/** @type {Error} */ (error).message);
		process.exit(1);
	}
}
