/**
 * A spreadsheet's text as rows of cells: CSV, TSV or semicolon-separated (the delimiter detected
 * from the first lines, outside quotes), UTF-8 with or without a byte-order mark, any line endings.
 * d3-dsv's `parseRows` does the parsing (it builds no code at run time, so the strict
 * Content-Security-Policy holds). Pure.
 */
import { dsvFormat } from 'd3-dsv';

export type Delimiter = ',' | '\t' | ';';

export interface TextTable {
	/** The text's delimiter, or null for the cells of a workbook's sheet. */
	delimiter: Delimiter | null;
	header: string[];
	/** The rows after the header, as written (the header is row 1, as a spreadsheet numbers it). */
	rows: string[][];
}

/** Counts a delimiter in a line, outside double quotes. */
function countOutsideQuotes(line: string, d: string): number {
	let n = 0;
	let quoted = false;
	for (const ch of line) {
		if (ch === '"') quoted = !quoted;
		else if (!quoted && ch === d) n++;
	}
	return n;
}

/**
 * The delimiter that splits the first lines most consistently: the same count on every line, the
 * highest such count; a tab wins a tie (TSV cells often hold commas).
 */
export function detectDelimiter(text: string): Delimiter {
	const lines = text
		.split(/\r\n|\r|\n/)
		.filter((l) => l.trim())
		.slice(0, 20);
	let best: Delimiter = ',';
	let bestScore = -1;
	for (const d of ['\t', ',', ';'] as const) {
		const counts = lines.map((l) => countOutsideQuotes(l, d));
		const first = counts[0] ?? 0;
		if (!first) continue;
		const same = counts.filter((c) => c === first).length / counts.length;
		const score = same * 100 + first;
		if (score > bestScore) {
			best = d;
			bestScore = score;
		}
	}
	return best;
}

/** Splits text into a header and rows. Rows keep their place (an empty row is an empty array). */
export function readTable(text: string, delimiter = detectDelimiter(text)): TextTable {
	const clean = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
	const all = dsvFormat(delimiter).parseRows(clean);
	const [header = [], ...rows] = all;
	return { delimiter, header: header.map((h) => h.trim()), rows };
}

/**
 * Whether bytes look like text, not a binary file renamed `.csv`: valid UTF-8, and no NUL or other
 * control characters besides tab and line ends.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return {
			error:
				'This file is not text in UTF-8 (it may be a spreadsheet or another binary file saved under a text name). Save it as CSV, UTF-8, and open it again.'
		};
	}
	// eslint-disable-next-line no-control-regex -- control characters are what a binary file shows
	const control = text.slice(0, 65536).match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
	if (control > 0) {
		return {
			error: `This file holds ${control} control character${control === 1 ? '' : 's'} that text does not (it may be a binary file under a text name). Save it as CSV, UTF-8, and open it again.`
		};
	}
	return { text };
}
