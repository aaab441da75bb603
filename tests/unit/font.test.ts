import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEATURES, WEIGHTS, latinCharacters, makeFont } from '../../scripts/font.mjs';

const css = readFileSync('src/app.css', 'utf8');
const html = readFileSync('src/app.html', 'utf8');
const face = /@font-face\s*{([^}]*)}/.exec(css)?.[1] ?? '';
const file = /src:\s*url\('\/fonts\/([^']+)'\)/.exec(face)?.[1] ?? '';

describe('the page font', () => {
	it('is the file scripts/font.mjs makes, byte for byte', async () => {
		const made = Buffer.from(await makeFont());
		const committed = readFileSync(`static/fonts/${file}`);
		expect(committed.length).toBe(made.length);
		expect(committed.equals(made)).toBe(true);
		// Cut from Fontsource's 48,256 bytes to the weights and features the page uses.
		expect(committed.length).toBeLessThan(30_000);
	});

	it('is declared for the weights it holds, and preloaded under the name the stylesheet uses', () => {
		expect(face).toContain(`font-weight: ${WEIGHTS.min} ${WEIGHTS.max};`);
		expect(html).toContain(`fonts/${file}"`);
		// Every weight a stylesheet or an SVG attribute asks for, in every file the page is built from.
		const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
			.filter((f) => /\.(css|svelte|ts)$/.test(f))
			.map((f) => readFileSync(`src/${f}`, 'utf8'))
			.join('\n')
			.replace(/@font-face\s*{[^}]*}/, '');
		const used = [...sources.matchAll(/font-weight(?::\s*|=")(\d+)/g)].map((m) => Number(m[1]));
		expect(used.length).toBeGreaterThan(10);
		for (const weight of used) {
			expect(weight).toBeGreaterThanOrEqual(WEIGHTS.min);
			expect(weight).toBeLessThanOrEqual(WEIGHTS.max);
		}
	});

	it("keeps Fontsource's Latin characters and the tables' tabular figures", () => {
		const text = latinCharacters();
		for (const c of 'AZaz09$%€–—’“”•…−') expect(text).toContain(c);
		expect(FEATURES).toContain('tnum');
		expect(css).toMatch(/font-variant-numeric: tabular-nums/);
	});
});
