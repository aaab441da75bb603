import { describe, expect, it } from 'vitest';
import { errorPageFiles, withModulePreloads } from '../../src/lib/server/preloads';

const manifest = JSON.stringify({
	'.svelte-kit/generated/client-optimized/nodes/1.js': {
		file: '_app/immutable/nodes/1.abc.js',
		imports: ['_shared.js', '_kit.js']
	},
	'_shared.js': { file: '_app/immutable/chunks/shared.js', imports: ['_kit.js'] },
	'_kit.js': { file: '_app/immutable/chunks/kit.js' },
	'_island.js': { file: '_app/immutable/chunks/island.js' }
});

const page = (root: string) =>
	[
		'<head>',
		`\t\t<link href="${root}_app/immutable/entry/start.x.js" rel="modulepreload">`,
		`\t\t<link href="${root}_app/immutable/chunks/shared.js" rel="modulepreload">`,
		'\t\t<style>:root{}</style>',
		'</head>'
	].join('\n');

describe('the error page preloaded with the page (src/lib/server/preloads.ts)', () => {
	it('reads the error page node and every chunk it imports, once each', () => {
		expect(errorPageFiles(manifest)).toEqual([
			'_app/immutable/nodes/1.abc.js',
			'_app/immutable/chunks/shared.js',
			'_app/immutable/chunks/kit.js'
		]);
	});

	it('names the manifest and the entry it misses', () => {
		expect(() => errorPageFiles('{}')).toThrow(
			'.svelte-kit/output/client/.vite/manifest.json: no entry ".svelte-kit/generated/client-optimized/nodes/1.js"'
		);
	});

	it('adds what is not preloaded yet after the last preload, with the page’s path to the root', () => {
		const files = errorPageFiles(manifest);
		for (const root of ['./', '../', '/']) {
			const out = withModulePreloads(page(root), files);
			const links = [...out.matchAll(/<link href="([^"]+)" rel="modulepreload">/g)].map(
				(m) => m[1]
			);
			expect(links).toEqual([
				`${root}_app/immutable/entry/start.x.js`,
				`${root}_app/immutable/chunks/shared.js`,
				`${root}_app/immutable/nodes/1.abc.js`,
				`${root}_app/immutable/chunks/kit.js`
			]);
			expect(out.indexOf('kit.js')).toBeLessThan(out.indexOf('<style>'));
		}
	});

	it('leaves a page without SvelteKit’s scripts as it is', () => {
		const html = '<head><title>Offline</title></head><body></body>';
		expect(withModulePreloads(html, errorPageFiles(manifest))).toBe(html);
	});
});
