import { render } from 'svelte/server';
import type { Component } from 'svelte';

/**
 * Server-renders a component and normalises the markup so snapshots are stable: Svelte's hydration
 * comments and scoped-class hashes go, long decimals are rounded, and tags start on new lines.
 */
export function renderToSnapshot<P extends Record<string, unknown>>(
	component: Component<P>,
	props: P
): string {
	const { body } = render(component, { props });
	return normalise(body);
}

export function normalise(html: string): string {
	return (
		html
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/\s*svelte-[a-z0-9]+/g, '')
			.replace(/ class=""/g, '')
			.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
			.replace(/></g, '>\n<') + '\n'
	);
}

/** The first chart `<svg>` of rendered markup, for snapshotting the marks without the HTML around them. */
export function svgOf(html: string, from = 0): string {
	const start = html.indexOf('<svg class="layercake-layout-svg"', from);
	if (start < 0) throw new Error('no chart <svg> in the rendered markup');
	// Layer svgs nest (points sit in nested <svg>s), so find the matching close tag by depth.
	const tags = /<svg\b|<\/svg>/g;
	tags.lastIndex = start;
	let depth = 0;
	for (let m = tags.exec(html); m; m = tags.exec(html)) {
		depth += m[0] === '</svg>' ? -1 : 1;
		if (depth === 0) return html.slice(start, m.index + 6) + '\n';
	}
	throw new Error('unclosed <svg> in the rendered markup');
}

/** Every chart `<svg>` in rendered markup, in order (a chart may have several panels). */
export function svgsOf(html: string): string {
	const out: string[] = [];
	for (let at = html.indexOf('<svg class="layercake-layout-svg"'); at >= 0;) {
		const svg = svgOf(html, at);
		out.push(svg);
		at = html.indexOf('<svg class="layercake-layout-svg"', at + svg.length - 1);
	}
	return out.join('');
}
