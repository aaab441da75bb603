// The three engines behind one small interface, so each smoke check is written once:
//   Chromium and Firefox through puppeteer-core (DevTools protocol and WebDriver BiDi),
//   WebKit (WebKitGTK's MiniBrowser, Safari's engine family) through WebDriver classic over HTTP,
//   with WebKitWebDriver inside an Xvfb display.
// Why plain HTTP for WebKit: see docs/decisions.md (webdriverio would add 190 packages for a dozen
// endpoints).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

/**
 * @typedef {object} Engine
 * @property {string} name
 * @property {string} version
 * @property {(url: string) => Promise<void>} goto
 * @property {<T>(fn: (...args: any[]) => T | Promise<T>, ...args: unknown[]) => Promise<T>} run
 *   runs `fn` in the page (serialised: it sees only its arguments) and returns its JSON result
 * @property {(selector: string) => Promise<void>} click a real click on the element's centre
 * @property {(key: 'Tab' | 'ArrowRight' | 'ArrowLeft' | 'Escape' | 'Enter') => Promise<void>} press
 * @property {() => Promise<void>} back
 * @property {(path: string) => Promise<void>} screenshot the viewport, as PNG
 * @property {() => string[]} problems what the engine itself reported (console errors), if it can
 * @property {() => Promise<void>} close
 */

export const VIEWPORT = { width: 1280, height: 900 };

/** @returns {Promise<number>} a free port on loopback */
export function freePort() {
	return new Promise((done, fail) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
			s.close(() => done(port));
		});
		s.on('error', fail);
	});
}

/**
 * @param {'chrome' | 'firefox'} browser
 * @param {string} executablePath
 * @returns {Promise<Engine>}
 */
export async function launchPuppeteer(browser, executablePath) {
	const b = await puppeteer.launch({
		browser,
		executablePath,
		headless: true,
		args: browser === 'chrome' ? CHROMIUM_ARGS : []
	});
	const page = await b.newPage();
	await page.setViewport(VIEWPORT);
	const problems = [];
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	const keys = {
		Tab: 'Tab',
		ArrowRight: 'ArrowRight',
		ArrowLeft: 'ArrowLeft',
		Escape: 'Escape',
		Enter: 'Enter'
	};
	return {
		name: browser === 'chrome' ? 'Chromium' : 'Firefox',
		version: await b.version(),
		goto: async (url) => void (await page.goto(url)),
		run: (fn, ...args) => page.evaluate(fn, ...args),
		click: async (selector) => page.click(selector),
		press: (key) => page.keyboard.press(keys[key]),
		back: async () => void (await page.goBack()),
		screenshot: async (path) => void (await page.screenshot({ path })),
		problems: () => problems,
		close: () => b.close()
	};
}

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const KEYS = {
	Tab: '\uE004',
	ArrowRight: '\uE014',
	ArrowLeft: '\uE012',
	Escape: '\uE00C',
	Enter: '\uE007'
};

/**
 * @param {{ driver: string, miniBrowser: string, xvfb: string | null }} paths `xvfb` null: use $DISPLAY
 * @returns {Promise<Engine>}
 */
export async function launchWebKit({ driver, miniBrowser, xvfb }) {
	const children = [];
	const env = { ...process.env };
	if (xvfb) {
		const display = `:${90 + Math.floor(Math.random() * 400)}`;
		children.push(
			spawn(xvfb, [display, '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
				stdio: 'ignore'
			})
		);
		env.DISPLAY = display;
	}
	const port = await freePort();
	const log = [];
	const wd = spawn(driver, [`--port=${port}`], { env, stdio: ['ignore', 'pipe', 'pipe'] });
	wd.stdout.on('data', (d) => log.push(String(d)));
	wd.stderr.on('data', (d) => log.push(String(d)));
	children.push(wd);
	const base = `http://127.0.0.1:${port}`;
	const stop = () => children.reverse().forEach((c) => c.kill());

	/** One WebDriver command; its error names the endpoint and what the driver said. */
	async function call(method, path, body) {
		const r = await fetch(base + path, {
			method,
			headers: { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body)
		});
		const json = await r.json();
		if (!r.ok)
			throw new Error(`WebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
		return json.value;
	}

	let session;
	for (let i = 0; ; i++) {
		try {
			session = await call('POST', '/session', {
				capabilities: {
					alwaysMatch: {
						'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] }
					}
				}
			});
			break;
		} catch (error) {
			// The driver takes a moment to listen; anything else after a few seconds is real.
			if (i >= 40) {
				stop();
				throw new Error(`WebKit did not start: ${error.message}\n${log.join('')}`);
			}
			await new Promise((r) => setTimeout(r, 250));
		}
	}
	const s = `/session/${session.sessionId}`;
	// The window is its content plus the browser's own bar; make the content the test's viewport.
	await call('POST', `${s}/window/rect`, { width: VIEWPORT.width, height: VIEWPORT.height });
	const inner = await call('POST', `${s}/execute/sync`, {
		script: 'return [innerWidth, innerHeight]',
		args: []
	});
	await call('POST', `${s}/window/rect`, {
		width: VIEWPORT.width * 2 - inner[0],
		height: VIEWPORT.height * 2 - inner[1]
	});
	const find = async (selector) =>
		(await call('POST', `${s}/element`, { using: 'css selector', value: selector }))[ELEMENT];
	return {
		name: 'WebKit',
		version: `WebKitGTK ${session.capabilities.browserVersion}`,
		goto: async (url) => void (await call('POST', `${s}/url`, { url })),
		run: async (fn, ...args) => {
			const out = await call('POST', `${s}/execute/async`, {
				script: `const done = arguments[arguments.length - 1];
					Promise.resolve()
						.then(() => (${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
						.then((value) => done({ value }), (e) => done({ error: String((e && e.stack) || e) }));`,
				args
			});
			if (out.error) throw new Error(out.error);
			return out.value;
		},
		click: async (selector) =>
			void (await call('POST', `${s}/element/${await find(selector)}/click`, {})),
		press: async (key) =>
			void (await call('POST', `${s}/actions`, {
				actions: [
					{
						type: 'key',
						id: 'keyboard',
						actions: [
							{ type: 'keyDown', value: KEYS[key] },
							{ type: 'keyUp', value: KEYS[key] }
						]
					}
				]
			})),
		back: async () => void (await call('POST', `${s}/back`, {})),
		screenshot: async (path) =>
			writeFileSync(path, Buffer.from(await call('GET', `${s}/screenshot`), 'base64')),
		problems: () => [],
		close: async () => {
			await call('DELETE', s).catch(() => {});
			stop();
		}
	};
}
