/**
 * Lays out and writes a stand-alone chart image as SVG: title, subtitle (the active filter and
 * comparison), the captured chart, then the source line and the link that reproduces the view. Pure
 * string work (no DOM), so it is unit-tested; `capture.ts` supplies the chart body from the page.
 * Text stays text; the font is a safe system stack so other programs render it the same.
 */
import { escapeXml } from '$lib/data/format';

export const EXPORT_FONT = "Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";
export const MARGIN = 24;

export interface ExportText {
	title: string;
	subtitle: string;
	source: string;
	link: string;
}

export interface ExportColors {
	background: string;
	ink: string;
	muted: string;
	accent: string;
}

interface Line {
	text: string;
	y: number;
	size: number;
	weight: number;
	color: keyof ExportColors;
}

export interface ExportLayout {
	width: number;
	height: number;
	/** Top of the chart body. */
	bodyY: number;
	lines: Line[];
}

/**
 * Breaks text into lines no wider than `width` (estimated at `charWidth` em per character). Words
 * longer than a line, such as URLs, are cut.
 */
export function wrapText(
	text: string,
	width: number,
	fontSize: number,
	charWidth = 0.56
): string[] {
	const max = Math.max(8, Math.floor(width / (fontSize * charWidth)));
	const lines: string[] = [];
	let line = '';
	for (let word of text.split(/\s+/).filter(Boolean)) {
		while (word.length > max) {
			if (line) {
				lines.push(line);
				line = '';
			}
			lines.push(word.slice(0, max));
			word = word.slice(max);
		}
		if (!line) line = word;
		else if (line.length + 1 + word.length <= max) line += ` ${word}`;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** Where everything goes, for a chart body of the given size. */
export function layoutExport(
	bodyWidth: number,
	bodyHeight: number,
	text: ExportText
): ExportLayout {
	const width = Math.ceil(bodyWidth + MARGIN * 2);
	const inner = width - MARGIN * 2;
	const lines: Line[] = [];
	let y = MARGIN;
	const add = (
		t: string,
		size: number,
		weight: number,
		color: keyof ExportColors,
		lead: number
	) => {
		for (const l of wrapText(t, inner, size)) {
			y += size * lead;
			lines.push({ text: l, y: Math.round(y), size, weight, color });
		}
	};
	add(text.title, 20, 700, 'ink', 1.25);
	if (text.subtitle) {
		y += 4;
		add(text.subtitle, 14, 400, 'muted', 1.4);
	}
	y += 16;
	const bodyY = Math.round(y);
	y += bodyHeight + 20;
	add(`Source: ${text.source}`, 11, 400, 'muted', 1.45);
	if (text.link) add(text.link, 11, 400, 'accent', 1.45);
	return { width, height: Math.ceil(y + MARGIN - 4), bodyY, lines };
}

/** The whole image as SVG markup. `body` is chart markup positioned from (0, 0). */
export function composeExportSvg(opts: {
	bodyWidth: number;
	bodyHeight: number;
	body: string;
	text: ExportText;
	colors: ExportColors;
	label?: string;
	/** Leave out the background, for a PNG that paints it (and any canvas layer) first. */
	transparent?: boolean;
}): { svg: string; width: number; height: number; bodyX: number; bodyY: number } {
	const { bodyWidth, bodyHeight, body, text, colors } = opts;
	const layout = layoutExport(bodyWidth, bodyHeight, text);
	const { width, height } = layout;
	const lines = layout.lines
		.map(
			(l) =>
				`<text x="${MARGIN}" y="${l.y}" font-size="${l.size}" font-weight="${l.weight}" fill="${colors[l.color]}">${escapeXml(l.text)}</text>`
		)
		.join('\n');
	const svg =
		`<?xml version="1.0" encoding="UTF-8"?>\n` +
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
		`role="img" aria-label="${escapeXml(opts.label ?? text.title)}" font-family="${escapeXml(EXPORT_FONT)}">\n` +
		`<title>${escapeXml(text.title)}</title>\n` +
		`<desc>${escapeXml([text.subtitle, `Source: ${text.source}`, text.link].filter(Boolean).join('. '))}</desc>\n` +
		(opts.transparent ? '' : `<rect width="100%" height="100%" fill="${colors.background}"/>\n`) +
		`${lines}\n` +
		`<g transform="translate(${MARGIN},${layout.bodyY})">\n${body}\n</g>\n` +
		`</svg>\n`;
	return { svg: sanitiseSvg(svg), width, height, bodyX: MARGIN, bodyY: layout.bodyY };
}

/**
 * Strips anything that could run or fetch: scripts, foreign objects, event attributes and links or
 * images pointing outside the file (an embedded PNG, `data:image/png`, stays). A chart never has
 * these; this is the guarantee.
 */
export function sanitiseSvg(svg: string): string {
	return svg
		.replace(/<script[\s\S]*?<\/script>/gi, '')
		.replace(/<foreignObject[\s\S]*?<\/foreignObject>/gi, '')
		.replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi, '')
		.replace(
			/\s+(?:xlink:)?href\s*=\s*("(?!#|data:image\/png;base64,)[^"]*"|'(?!#|data:image\/png;base64,)[^']*')/gi,
			''
		);
}
