// Finds the three browser engines the smoke suite runs in, installing Debian's packages for a missing
// one where it can (as root, with apt), as scripts/chromium.mjs does for Chromium:
//   Firefox: firefox-esr (or $FIREFOX_PATH)
//   WebKit:  WebKitGTK's WebKitWebDriver and MiniBrowser (webkit2gtk-driver), in an Xvfb display
//            (xvfb) unless $DISPLAY is set
// With an engine still missing it throws, saying how to install it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

function onPath(name) {
	const r = spawnSync('/bin/sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
	const p = r.stdout.trim();
	return r.status === 0 && p ? p : null;
}

function miniBrowser() {
	for (const lib of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib']) {
		if (!existsSync(lib)) continue;
		for (const dir of readdirSync(lib)
			.filter((d) => /^webkit2?gtk-[\d.]+$/.test(d))
			.sort()
			.reverse()) {
			const p = `${lib}/${dir}/MiniBrowser`;
			if (existsSync(p)) return p;
		}
	}
	return null;
}

const find = {
	firefox: () => {
		const env = process.env.FIREFOX_PATH;
		if (env && !existsSync(env))
			throw new Error(`FIREFOX_PATH is set to ${env}, but there is no file there.`);
		return env || onPath('firefox-esr') || onPath('firefox');
	},
	webkit: () => {
		const driver = onPath('WebKitWebDriver');
		const mini = miniBrowser();
		const xvfb = process.env.DISPLAY ? null : onPath('Xvfb');
		if (!driver || !mini || (!process.env.DISPLAY && !xvfb)) return null;
		return { driver, miniBrowser: mini, xvfb };
	}
};
const packages = { firefox: ['firefox-esr'], webkit: ['webkit2gtk-driver', 'xvfb'] };
const how = {
	firefox:
		'  Debian/Ubuntu (as root):  apt-get install -y firefox-esr\n  or point at one:          FIREFOX_PATH=/path/to/firefox npm test',
	webkit:
		'  Debian/Ubuntu (as root):  apt-get install -y webkit2gtk-driver xvfb\n  (WebKitWebDriver, WebKitGTK’s MiniBrowser, and an X display: Xvfb or $DISPLAY)'
};

/**
 * @param {string[]} names any of chromium, firefox, webkit
 * @param {{ install?: boolean }} [options] install: try apt-get for a missing engine (as root)
 * @returns {{ chromium?: string, firefox?: string, webkit?: { driver: string, miniBrowser: string, xvfb: string | null } }}
 */
export function ensureEngines(names, { install = true } = {}) {
	const found = {};
	if (names.includes('chromium')) found.chromium = ensureChromium({ install });
	const lacking = names.filter((n) => n !== 'chromium' && !(found[n] = find[n]()));
	const root = typeof process.getuid === 'function' && process.getuid() === 0;
	if (install && lacking.length && root && onPath('apt-get')) {
		const list = lacking.flatMap((n) => packages[n]);
		console.log(`[engines] installing Debian’s ${list.join(' ')}`);
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		try {
			execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env, timeout: 300_000 });
			execFileSync('apt-get', ['install', '-y', '-qq', ...list], {
				stdio: 'inherit',
				env,
				timeout: 900_000
			});
		} catch (error) {
			console.error(`[engines] apt-get failed: ${error.message}`);
		}
		for (const n of lacking) found[n] = find[n]();
	}
	const still = names.filter((n) => n !== 'chromium' && !found[n]);
	if (still.length) {
		throw new Error(
			`No ${still.join(' or ')} for the engine tests. Install and run again:\n` +
				still.map((n) => how[n]).join('\n')
		);
	}
	return found;
}
