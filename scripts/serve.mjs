// A minimal static file server for a built site, as any static host would serve it:
//   node scripts/serve.mjs [dir=build] [port=4174]
// Used by the end-to-end tests, the engine smoke tests and the benchmark. Serves `dir/index.html`
// for `/`, `x.html` for `/x`, gzip when asked (so transfer sizes are realistic), and nothing outside
// `dir`, with the headers `dir/_headers` gives (the file Netlify and Cloudflare Pages read: a path
// pattern, then its headers indented). Imported, `serveStatic` can also put a script at the top of every page's <head> and report
// every request it could not answer (the engine tests use both to watch pages the same way in
// every browser).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @type {Record<string, string>} */
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.png': 'image/png'
};

/**
 * @param {{ dir: string, port: number, inject?: { path: string, file: string },
 *   onMissing?: (path: string) => void }} options `inject`: a script served at `path` and loaded
 *   first by every HTML page; `onMissing`: told of every 404.
 * @returns {Promise<import('node:http').Server>}
 */
export function serveStatic({ dir, port, inject, onMissing }) {
	const root = resolve(dir);
	const extra = readHeaders(join(root, '_headers'));
	/** @param {string} pathname */
	async function find(pathname) {
		const base = normalize(join(root, decodeURIComponent(pathname)));
		if (!base.startsWith(root)) return null;
		for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
			try {
				if ((await stat(candidate)).isFile()) return candidate;
			} catch {
				/* try the next */
			}
		}
		return null;
	}
	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const file =
			inject && url.pathname === inject.path ? resolve(inject.file) : await find(url.pathname);
		if (!file) {
			onMissing?.(url.pathname);
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		let body = await readFile(file);
		if (inject && file.endsWith('.html')) {
			body = Buffer.from(
				body.toString('utf8').replace('<head>', `<head><script src="${inject.path}"></script>`)
			);
		}
		/** @type {Record<string, string>} */
		const headers = {
			'content-type': types[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-cache',
			...extra(url.pathname)
		};
		if (
			/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') &&
			body.length > 1024 &&
			!file.endsWith('.woff2') &&
			!file.endsWith('.png')
		) {
			body = gzipSync(body);
			headers['content-encoding'] = 'gzip';
		}
		res.writeHead(200, headers).end(body);
	});
	return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

/**
 * The headers a `_headers` file gives each path: `(pathname) => headers`. Patterns are paths, `*`
 * matching anything; every matching block adds its headers, later ones over earlier ones.
 */
/**
 * The file's rules in order, each a path pattern and the headers it sets.
 * @param {string} file
 * @returns {Array<{ pattern: RegExp, headers: Record<string, string> }>}
 */
export function headerRules(file) {
	let text = '';
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return [];
	}
	/** @type {Array<{ pattern: RegExp, headers: Record<string, string> }>} */
	const rules = [];
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const glob = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replace(/\*/g, '.*');
			rules.push({ pattern: new RegExp(`^${glob}$`), headers: {} });
		} else {
			const rule = rules.at(-1);
			const at = line.indexOf(':');
			if (rule && at > 0)
				rule.headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
		}
	}
	return rules;
}

/**
 * @param {string} file
 * @returns {(pathname: string) => Record<string, string>}
 */
export function readHeaders(file) {
	const rules = headerRules(file);
	return (pathname) =>
		Object.assign({}, ...rules.filter((r) => r.pattern.test(pathname)).map((r) => r.headers));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [dir = 'build', port = '4174'] = process.argv.slice(2);
	await serveStatic({ dir, port: Number(port) });
	console.log(`serving ${resolve(dir)} on http://localhost:${port}`);
}
