// `npm run size`: the gzipped bytes of JavaScript the dashboard route loads to start (every script
// and modulepreload that build/index.html references, plus their static imports), after a build.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, normalize } from 'node:path';

/** Files and bytes of JavaScript that `dir/index.html` loads to start. */
export function routeJsSize(root = 'build') {
	const html = readFileSync(join(root, 'index.html'), 'utf8');
	const seen = new Set();
	const queue = [
		...html.matchAll(/(?:href|src)="([^"]+\.js)"/g),
		...html.matchAll(/import\("([^"]+\.js)"\)/g)
	].map((m) => normalize(join(root, m[1].replace(/^\.?\//, ''))));
	let raw = 0;
	let gz = 0;
	while (queue.length) {
		const file = queue.pop();
		if (seen.has(file) || !existsSync(file)) continue;
		seen.add(file);
		const code = readFileSync(file);
		raw += code.length;
		gz += gzipSync(code, { level: 9 }).length;
		// Static imports only (`from"./x.js"`, `import"./x.js"`): code split off behind `import()` loads
		// later, on demand, and is not part of what the page needs to start.
		for (const m of code.toString().matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)) {
			queue.push(normalize(join(dirname(file), m[1])));
		}
	}
	return { files: seen.size, raw, gzip: gz, seen };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	// `npm run size [-- dir] [--budget=KiB]`: with a budget, fails when the gzipped size is over it.
	const args = process.argv.slice(2);
	const budget = Number(args.find((a) => a.startsWith('--budget='))?.slice(9) ?? Infinity);
	const { files, raw, gzip } = routeJsSize(args.find((a) => !a.startsWith('--')) ?? 'build');
	const kib = (n) => (n / 1024).toFixed(1);
	console.log(`route JavaScript: ${files} files, ${kib(raw)} KiB raw, ${kib(gzip)} KiB gzipped`);
	if (gzip / 1024 > budget) {
		console.error(`over the budget of ${budget} KiB gzipped`);
		process.exit(1);
	}
}
