// A minimal static file server for a built site, as any static host would serve it:
//   node scripts/serve.mjs [dir=build] [port=4174]
// Used by the end-to-end tests and the benchmark. Serves `dir/index.html` for `/`, `x.html` for `/x`,
// gzip when asked (so transfer sizes are realistic), and nothing outside `dir`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const [dir = 'build', port = '4174'] = process.argv.slice(2);
const root = resolve(dir);
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

createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const file = await find(url.pathname);
	if (!file) {
		res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
		return;
	}
	let body = await readFile(file);
	const headers = {
		'content-type': types[extname(file)] ?? 'application/octet-stream',
		'cache-control': 'no-cache'
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
}).listen(Number(port), '127.0.0.1', () =>
	console.log(`serving ${root} on http://localhost:${port}`)
);
