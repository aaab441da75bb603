// Writes the page's font file: `node scripts/font.mjs [out=static/fonts/inter-latin-400-700.woff2]`.
// Inter's Latin variable font as Fontsource ships it (48 KB), cut to what the page draws with: the
// weights 400 to 700 (the stylesheets use 400, 600 and 700) and the layout features that shape
// Latin text, plus `tnum` for the tables' figures; the same characters. About 28 KB: the font is
// preloaded, so every byte of it is fetched before a phone's first paint (see docs/decisions.md).
// `tests/unit/font.test.ts` checks that the committed file is what this script makes.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- subset-font ships no types
/// <reference path="./subset-font.d.ts" />
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const pkg = dirname(require.resolve('@fontsource-variable/inter/package.json'));

/** The weights the page uses, and what `@font-face` in `src/app.css` declares. */
export const WEIGHTS = { min: 400, max: 700 };
/** Latin shaping (kerning, ligatures, contextual forms, marks, localised forms) and tabular figures. */
export const FEATURES = ['kern', 'liga', 'calt', 'ccmp', 'locl', 'mark', 'mkmk', 'case', 'tnum'];

/** The characters of Fontsource's Latin subset, read from its `unicode-range`. */
export function latinCharacters() {
	const css = readFileSync(join(pkg, 'index.css'), 'utf8');
	const block = css.split('/* inter-latin-wght-normal */')[1];
	const range = /unicode-range:\s*([^;]+);/.exec(block ?? '')?.[1];
	if (!range)
		throw new Error(`${join(pkg, 'index.css')}: no unicode-range for inter-latin-wght-normal`);
	let text = '';
	for (const part of range.split(',')) {
		const [from = '', to = from] = part.trim().replace(/^U\+/i, '').split('-');
		for (let c = parseInt(from, 16); c <= parseInt(to, 16); c++)
			if (c >= 0x20) text += String.fromCodePoint(c);
	}
	return text;
}

/** The subset font, as WOFF2 bytes. */
export async function makeFont() {
	const source = readFileSync(join(pkg, 'files', 'inter-latin-wght-normal.woff2'));
	return subsetFont(source, latinCharacters(), {
		targetFormat: 'woff2',
		variationAxes: { wght: WEIGHTS },
		keepFeatures: FEATURES
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const out = process.argv[2] ?? 'static/fonts/inter-latin-400-700.woff2';
	const font = await makeFont();
	writeFileSync(out, font);
	console.log(`${out}: ${font.length} bytes`);
}
