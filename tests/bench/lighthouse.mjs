// Lighthouse (pinned in tests/bench/package.json, mobile defaults: simulated slow 4G, 4× CPU
// slowdown) on a page, `runs` times; the medians of its performance score and five metrics.
//   node tests/bench/lighthouse.mjs URL [runs=5]
import { createRequire } from 'node:module';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

const require = createRequire(new URL('./package.json', import.meta.url));

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor((s.length - 1) / 2)];
};

/** @returns {Promise<Record<string, number>>} */
export async function lighthouse(url, runs = 5) {
	const { default: run } = await import(require.resolve('lighthouse'));
	const { launch } = await import(require.resolve('chrome-launcher'));
	const all = [];
	for (let i = 0; i < runs; i++) {
		const chrome = await launch({
			chromePath: findChromium() ?? undefined,
			chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
		});
		try {
			const result = await run(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance']
			});
			const a = result.lhr.audits;
			all.push({
				score: Math.round(result.lhr.categories.performance.score * 100),
				fcp_ms: a['first-contentful-paint'].numericValue,
				lcp_ms: a['largest-contentful-paint'].numericValue,
				tbt_ms: a['total-blocking-time'].numericValue,
				cls: a['cumulative-layout-shift'].numericValue,
				si_ms: a['speed-index'].numericValue,
				dom: a['dom-size']?.numericValue ?? NaN
			});
		} finally {
			await chrome.kill();
		}
	}
	return Object.fromEntries(Object.keys(all[0]).map((k) => [k, median(all.map((r) => r[k]))]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [url, runs = '5'] = process.argv.slice(2);
	console.log(JSON.stringify(await lighthouse(url, Number(runs)), null, 2));
}
