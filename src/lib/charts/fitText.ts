/**
 * Labels cut to their room, measured where the page draws them. A file of its own, not in
 * `placeLabels.ts`, which the first chart needs: the charts that cut labels load later, and so does
 * this (docs/decisions.md, "The page's bytes and Lighthouse's round trips").
 */

import { measuredWidth, type LabelFont } from './measureText.svelte';
import { textWidth } from './placeLabels';

/**
 * Width in pixels of a label drawn in `font`: measured where the page draws it (see
 * `measureText.svelte.ts`), else estimated at `charWidth` of the font size a character.
 */
export function labelWidth(text: string, font: LabelFont, charWidth: number): number {
	return measuredWidth(text, font) ?? textWidth(text, font.size, charWidth);
}

/**
 * `text` if it fits in `room` pixels, else as much of it as fits followed by "…". For names in a
 * margin of fixed width (the heatmap's role names): the full name stays in the cells' accessible
 * names, the tooltip and the data table. Widths are measured in the browser and estimated at
 * `charWidth` on the server.
 */
export function fitText(text: string, room: number, font: LabelFont, charWidth: number): string {
	const cut = (n: number) => `${text.slice(0, n).trimEnd()}…`;
	const width = measuredWidth(text, font);
	if (width === null) {
		if (textWidth(text, font.size, charWidth) <= room) return text;
		return cut(Math.max(1, Math.floor(room / (font.size * charWidth)) - 1));
	}
	if (width <= room) return text;
	// The longest start that fits with its ellipsis (at least one character).
	let [fits, tooLong] = [1, text.length];
	while (tooLong - fits > 1) {
		const n = (fits + tooLong) >> 1;
		if ((measuredWidth(cut(n), font) ?? 0) <= room) fits = n;
		else tooLong = n;
	}
	return cut(fits);
}
