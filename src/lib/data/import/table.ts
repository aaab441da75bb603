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
	/** The rows after the header, as written. */
	rows: string[][];
	/** The header's row as the spreadsheet numbers it: 1, or lower down under a title or notes. */
	headerRow: number;
	/** The rows above the header, as written (a sheet's title, notes, blank rows). */
	above: string[][];
}

/** Rows looked at for the header: a sheet's title and notes take a few at most. */
const HEADER_SEARCH = 20;

const filled = (row: readonly string[]) => row.filter((c) => c.trim()).length;

/**
 * Where a sheet's header is, counted from 0: the first of its first rows that names at least two
 * columns and at least half as many as the fullest of those rows. A title, a note or a blank row
 * above the table (one cell, or none) is passed over; a header with most of its names is not.
 */
export function findHeader(sheet: readonly (readonly string[])[]): number {
	const first = sheet.slice(0, HEADER_SEARCH);
	const most = Math.max(0, ...first.map(filled));
	const at = first.findIndex((row) => filled(row) >= Math.max(2, Math.ceil(most / 2)));
	return Math.max(0, at);
}

/** A sheet's rows as a table whose header is row `at` (from 0), by default where it is found. */
export function tableOf(
	sheet: string[][],
	delimiter: Delimiter | null,
	at = findHeader(sheet)
): TextTable {
	return {
		delimiter,
		header: (sheet[at] ?? []).map((h) => h.trim()),
		rows: sheet.slice(at + 1),
		headerRow: at + 1,
		above: sheet.slice(0, at)
	};
}

/** The same sheet with its header at another row (as the spreadsheet numbers it). */
export function withHeaderAt(table: TextTable, headerRow: number): TextTable {
	const sheet = [...table.above, table.header, ...table.rows];
	const at = Math.min(Math.max(1, Math.round(headerRow)), Math.max(1, sheet.length)) - 1;
	return tableOf(sheet, table.delimiter, at);
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

/**
 * Splits text into a header and rows (the header found under any title or notes, see
 * `findHeader`). Rows keep their place (an empty row is an empty array).
 */
export function readTable(text: string, delimiter = detectDelimiter(text)): TextTable {
	const clean = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
	return tableOf(dsvFormat(delimiter).parseRows(clean), delimiter);
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
