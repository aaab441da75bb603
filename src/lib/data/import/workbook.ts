/**
 * An Excel workbook (`.xlsx`): each sheet as a table of text cells, read by read-excel-file
 * (maintained; loaded only when a workbook is opened, so neither the page nor a CSV pays for it).
 * Numbers come as the sheet holds them: a cell showing 23% holds 0.23 (see `buildDataset`).
 */
import { tableOf, type TextTable } from './table';

/** A workbook's sheets, in its order. */
export interface Workbook {
	names: string[];
	tables: TextTable[];
}

/** Whether bytes start as a zip archive does (an `.xlsx` workbook is one). */
export function isZip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** A cell as text: numbers as written by JavaScript, a tick for TRUE, dates as `2026-04-30`. */
function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return String(value);
}

/** Every sheet of a workbook, or why it cannot be read. */
export async function readWorkbook(bytes: Uint8Array): Promise<Workbook | { error: string }> {
	try {
		const { default: readSheets } = await import('read-excel-file/web-worker');
		const sheets = await readSheets(new Uint8Array(bytes).buffer);
		return {
			names: sheets.map((s) => s.sheet),
			tables: sheets.map((s) =>
				tableOf(
					s.data.map((r) => r.map(cellText)),
					null
				)
			)
		};
	} catch (error) {
		return {
			error: `This file is a zip archive but not an Excel workbook that can be read here (${(error as Error).message || 'unreadable'}). Open it in your spreadsheet and save it as .xlsx or as CSV, UTF-8.`
		};
	}
}
