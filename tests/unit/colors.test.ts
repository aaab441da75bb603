/** Role colours and text colours must stay readable in both themes, and CSS must match the code. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRoleColors, ROLE_PALETTE, themeColors } from '../../src/lib/charts/colors';

function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5]
		.map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
		.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

const css = readFileSync('src/app.css', 'utf8');
const light = themeColors(css, 'light');
const dark = themeColors(css, 'dark');

describe('theme colours', () => {
	it('reads both themes from the stylesheet', () => {
		expect(light.surface).toBe('#ffffff');
		expect(dark.surface).toBe('#16181d');
		expect(Object.keys(dark).length).toBeGreaterThan(30);
	});

	it.each([
		['light', light],
		['dark', dark]
	] as const)('%s: text colours reach 4.5:1 on the background and on surfaces', (_name, v) => {
		for (const ink of ['ink', 'ink-2', 'muted', 'accent']) {
			expect(contrast(v[ink]!, v.bg!), ink).toBeGreaterThanOrEqual(4.5);
			expect(contrast(v[ink]!, v.surface!), ink).toBeGreaterThanOrEqual(4.5);
		}
		expect(contrast(v['tooltip-ink']!, v['tooltip-bg']!)).toBeGreaterThanOrEqual(7);
	});

	it.each([
		['light', light, ROLE_PALETTE.light],
		['dark', dark, ROLE_PALETTE.dark]
	] as const)('%s: role colours in CSS match the palette and reach 4.5:1', (_name, v, palette) => {
		palette.forEach((hex, i) => {
			expect(v[`role-${i}`]).toBe(hex.toLowerCase());
			expect(contrast(hex, v.surface!)).toBeGreaterThanOrEqual(4.5);
			expect(contrast(hex, v.bg!)).toBeGreaterThanOrEqual(4.5);
		});
	});

	it.each([
		['light', light],
		['dark', dark]
	] as const)('%s: the overview counts are readable on full and on dimmed bars', (_name, v) => {
		const bars = readFileSync('src/lib/charts/overview/Bars.svg.svelte', 'utf8');
		// A dimmed bar's rect is its colour mixed into the surface's; its count is drawn in the ink
		// named here.
		const mixed =
			/\.seg\.dimmed > rect \{\s*fill: color-mix\(in srgb, var\(--cat\) ([\d.]+)%, var\(--surface\)\)/.exec(
				bars
			)?.[1];
		const opacity = Number(mixed) / 100;
		const ink = /\.seg\.dimmed > text \{\s*fill: var\(--([a-z0-9-]+)\)/.exec(bars)?.[1];
		expect(opacity).toBeGreaterThan(0);
		const over = (fg: string, bg: string, a: number) =>
			'#' +
			[1, 3, 5]
				.map((i) =>
					Math.round(
						a * parseInt(fg.slice(i, i + 2), 16) + (1 - a) * parseInt(bg.slice(i, i + 2), 16)
					)
						.toString(16)
						.padStart(2, '0')
				)
				.join('');
		for (let i = 0; i < 5; i++) {
			const fill = v[`cat-${i}`]!;
			expect(contrast(v['cat-ink']!, fill), `cat-${i}`).toBeGreaterThanOrEqual(4.5);
			expect(
				contrast(v[ink!]!, over(fill, v.surface!, opacity)),
				`dimmed cat-${i}`
			).toBeGreaterThanOrEqual(4.5);
		}
	});

	it('role colours are distinct from each other', () => {
		for (const palette of [ROLE_PALETTE.light, ROLE_PALETTE.dark]) {
			expect(new Set(palette).size).toBe(palette.length);
		}
	});
});

describe('buildRoleColors', () => {
	it.each([
		{ ids: ['a', 'b', 'c'], expected: [0, 1, 2] },
		{ ids: Array.from({ length: 8 }, (_, i) => `r${i}`), expected: Array(8).fill(-1) }
	])('$ids.length roles → $expected', ({ ids, expected }) => {
		const colors = buildRoleColors(ids);
		expect(ids.map((id) => colors.get(id) ?? -1)).toEqual(expected);
	});
});
