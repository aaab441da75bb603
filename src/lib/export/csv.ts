/**
 * CSV as RFC 4180 describes it: a header row, CRLF line ends, and a field quoted (with inner quotes
 * doubled) only when it holds a comma, a quote or a line break. Numbers are written plain, with no
 * currency symbols or thousands separators, so a spreadsheet reads them as numbers. No comment line
 * or byte-order mark comes first: the first line is the header. Text that a spreadsheet would take
 * for a formula is written so that it stays text.
 */

export type CsvValue = string | number | null | undefined;

export interface CsvTable {
	header: string[];
	rows: CsvValue[][];
}

function field(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
	// A text cell a spreadsheet would run as a formula starts with a quote mark instead (OWASP's
	// advice on CSV injection); numbers are written as numbers, so a negative one stays a number.
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv({ header, rows }: CsvTable): string {
	for (const [i, row] of rows.entries()) {
		if (row.length !== header.length) {
			throw new Error(`CSV row ${i + 1} has ${row.length} fields; the header has ${header.length}`);
		}
	}
	return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
