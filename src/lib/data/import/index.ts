/**
 * Your own data: a file's bytes (or pasted text) → a draft (the table, what each column looks like,
 * a proposed mapping, default names) → a dataset, with every problem listed. JSON in the shape of
 * `data/roles.json` is taken as it is. The same importer serves the browser's panel, its worker and
 * the build (`ML_DATA=roles.csv`). Pure; never throws on any input.
 */
import { DatasetError, parseDataset } from '../parse';
import type { Dataset } from '../schema';
import { buildDataset, type ImportNames, type ImportResult, type Problem } from './build';
import { profileColumns, proposeMapping, type ColumnProfile, type Mapping } from './mapping';
import { decodeText, readTable, withHeaderAt, type TextTable } from './table';
import { isZip, readWorkbook, type Workbook } from './workbook';

export type { ImportNames, ImportResult, Problem } from './build';
export type { ColumnProfile, ColumnUse, Mapping } from './mapping';

/** A file read, before its mapping is settled. */
export type Draft =
	| {
			kind: 'table';
			fileName: string;
			table: TextTable;
			profiles: ColumnProfile[];
			mapping: Mapping;
			names: ImportNames;
			/** A workbook's sheets, and which of them `table` is. */
			sheets?: Workbook & { at: number };
	  }
	| { kind: 'json'; fileName: string; result: ImportResult };

/** A whole-file problem. */
const fail = (message: string): Problem => ({
	row: null,
	column: null,
	value: null,
	message,
	level: 'error'
});

/** The name a file suggests for its dataset: `bls-occupations.csv` → `bls occupations`. */
export function nameFromFile(fileName: string): string {
	const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, '');
	return base.replace(/[_-]+/g, ' ').trim() || 'My data';
}

/** Reads a file's text into a draft, or the reason it cannot be read. */
export function draftFromText(text: string, fileName: string): Draft | { problems: Problem[] } {
	const trimmed = text.replace(/^\ufeff/, '').trimStart();
	if (!trimmed) return { problems: [fail('The file is empty.')] };
	if (trimmed.startsWith('{')) {
		try {
			const dataset = parseDataset(trimmed, fileName);
			return { kind: 'json', fileName, result: { dataset, problems: [], ignored: [] } };
		} catch (error) {
			const lines = error instanceof DatasetError ? error.problems : [String(error)];
			return { problems: lines.map(fail) };
		}
	}
	return draftFromTable(readTable(text), fileName);
}

/** A table's columns profiled, and the mapping they suggest. */
function readColumns(table: TextTable) {
	const profiles = profileColumns(table.header, table.rows);
	return { table, profiles, mapping: proposeMapping(profiles) };
}

/** Whether a table's header names any column. */
const headed = (table: TextTable) => table.header.some((h) => h);

/** A table's columns read into a draft, named as its file suggests. */
function tableDraft(read: ReturnType<typeof readColumns>, fileName: string) {
	return { kind: 'table' as const, fileName, ...read, names: { name: nameFromFile(fileName) } };
}

/** A table read from a file into a draft: what each column looks like, a proposed mapping. */
function draftFromTable(table: TextTable, fileName: string): Draft | { problems: Problem[] } {
	if (!headed(table)) return { problems: [fail('The file has no header row.')] };
	return tableDraft(readColumns(table), fileName);
}

/**
 * The draft again with its header at another row (as the spreadsheet numbers it): what each column
 * looks like and the proposed mapping are read anew; the names the reader gave are kept.
 */
export function redraftAt(draft: Draft, headerRow: number): Draft {
	if (draft.kind === 'json') return draft;
	return { ...draft, ...readColumns(withHeaderAt(draft.table, headerRow)) };
}

/**
 * The draft again from another of its workbook's sheets (counted from 0), its header found anew;
 * the names the reader gave are kept.
 */
export function redraftSheet(draft: Draft, sheet: number): Draft {
	const table = draft.kind === 'table' ? draft.sheets?.tables[sheet] : undefined;
	if (draft.kind === 'json' || !table) return draft;
	return { ...draft, ...readColumns(table), sheets: { ...draft.sheets!, at: sheet } };
}

/**
 * A workbook into a draft of one of its sheets: the first whose columns name the roles' titles,
 * pay and growth (a workbook may start with a sheet of notes), else the first with a header.
 */
function draftFromWorkbook(workbook: Workbook, fileName: string): Draft | { problems: Problem[] } {
	const read = workbook.tables.map(readColumns);
	const complete = ({ mapping }: (typeof read)[number]) =>
		(['title', 'pay', 'growth'] as const).every((use) => mapping.uses.includes(use));
	const at = [complete, ({ table }: (typeof read)[number]) => headed(table)]
		.map((f) => read.findIndex(f))
		.find((i) => i >= 0);
	if (at === undefined) return { problems: [fail('No sheet of this workbook has a header row.')] };
	return { ...tableDraft(read[at]!, fileName), sheets: { ...workbook, at } };
}

/** Reads a file's bytes, a workbook's (`.xlsx`) or text (checked to be text), into a draft. */
export async function draftFromFile(
	bytes: Uint8Array,
	fileName: string
): Promise<Draft | { problems: Problem[] }> {
	if (!isZip(bytes)) return draftFromBytes(bytes, fileName);
	const workbook = await readWorkbook(bytes);
	return 'error' in workbook
		? { problems: [fail(workbook.error)] }
		: draftFromWorkbook(workbook, fileName);
}

/** Reads a file's bytes (checking that they are text) into a draft. */
export function draftFromBytes(
	bytes: Uint8Array,
	fileName: string
): Draft | { problems: Problem[] } {
	const decoded = decodeText(bytes);
	if ('error' in decoded) return { problems: [fail(decoded.error)] };
	return draftFromText(decoded.text, fileName);
}

/** The dataset a draft makes with this mapping and these names, checked against the schema. */
export function finishDraft(
	draft: Draft,
	mapping?: Mapping,
	names?: Partial<ImportNames>
): ImportResult {
	if (draft.kind === 'json') return draft.result;
	const result = buildDataset(draft.table, draft.profiles, mapping ?? draft.mapping, {
		...draft.names,
		...names,
		name: names?.name?.trim() || draft.names.name
	});
	// A dataset built from a table is valid by construction (ids made unique, pay and growth in
	// range, every requirement's skill made first): the unit tests check every result against the
	// schema, on any input, rather than every reader paying for it (two seconds at 100,000 rows).
	return result;
}

/** Text to a dataset in one step, with the proposed mapping (the build, the tests). */
export function importText(
	text: string,
	fileName: string,
	names?: Partial<ImportNames>
): ImportResult {
	const draft = draftFromText(text, fileName);
	if ('problems' in draft) return { dataset: null, problems: draft.problems, ignored: [] };
	return finishDraft(draft, undefined, names);
}

/** A problem in one line: `row 9, Median pay: “n/a” is not a number; the row is left out`. */
export function describeProblem(p: Problem): string {
	const where = [p.row !== null && `row ${p.row}`, p.column].filter(Boolean).join(', ');
	return where ? `${where}: ${p.message}` : p.message;
}

/** Whether a result holds a dataset. */
export const accepted = (r: ImportResult): r is ImportResult & { dataset: Dataset } =>
	r.dataset !== null;
