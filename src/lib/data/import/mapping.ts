/**
 * What each column of a spreadsheet is for: the roles' title, their pay, their growth, what the
 * role involves (a description), a category of requirements (each distinct value a skill), one skill
 * (a column of strength words or ticks, named by its header; `Category: Skill` puts it in that
 * category), or nothing (listed as ignored). Pay may be a range in two columns ("Salary min",
 * "Salary max"), read as its midpoint. `proposeMapping` reads the header and the
 * cells and proposes a mapping the reader can change. Pure.
 */
import { detectDecimal, readFigure, type DecimalMark } from './numbers';
import type { StrengthId } from '../strength';

/** `payTop`: the top of a pay range whose bottom is the `pay` column (the pay is their midpoint). */
export type ColumnUse =
	'title' | 'pay' | 'payTop' | 'growth' | 'description' | 'category' | 'skill' | 'ignore';

/** What a column's cells look like; `code`: an occupation's code or an ID, under a header saying so. */
export type ColumnKind = 'number' | 'strength' | 'mark' | 'code' | 'text' | 'empty';

export interface ColumnProfile {
	index: number;
	header: string;
	kind: ColumnKind;
	decimal: DecimalMark;
}

export interface Mapping {
	/** One use per column, in the file's order. */
	uses: ColumnUse[];
}

/** Strength words as a spreadsheet may write them, and the strength each reads as. */
const STRENGTH_WORDS: Record<string, StrengthId> = {
	essential: 'essential',
	required: 'essential',
	must: 'essential',
	expected: 'expected',
	needed: 'expected',
	familiarity: 'familiarity',
	familiar: 'familiarity',
	beneficial: 'beneficial',
	preferred: 'beneficial',
	'nice to have': 'beneficial',
	optional: 'beneficial'
};
const MARKS = new Set(['x', 'yes', 'y', '✓', '✔', '✅', 'true']);
/** Cells that mean "no" in a column of ticks or strengths. */
const NO = new Set(['', 'no', 'n', 'false', '-', '–', '—', '0']);

/** A cell's strength in a strength or tick column, or null where it says no. */
export function cellStrength(cell: string): StrengthId | null {
	const c = cell.trim().toLowerCase();
	if (NO.has(c)) return null;
	if (MARKS.has(c)) return 'expected';
	return STRENGTH_WORDS[c] ?? null;
}

const TITLE = /^(?:title|role|job(?: title)?|occupation|position|name|career)s?$/i;
const TITLE_LOOSE = /title|role|occupation|job|position/i;
const PAY = /salary|wage|pay|compensation|earnings|income/i;
const GROWTH = /growth|outlook|change|projected|projection|trend/i;
/** Words naming the bottom and the top of a range in a header: "Salary min", "max_salary". */
export const RANGE_BOTTOM =
	/(?:^|[^a-z])(?:min(?:imum)?|low(?:er|est)?|from|bottom|start(?:ing)?)(?:$|[^a-z])/i;
const RANGE_TOP = /(?:^|[^a-z])(?:max(?:imum)?|high(?:er|est)?|to|top|upper)(?:$|[^a-z])/i;
/** A growth header saying it is a share ("Employment change, percent"), or a count of jobs. */
const PERCENT = /percent|%|\bpct\b|\brate\b/i;
const COUNT = /numeric|number|\bcount\b|absolute|\bjobs\b|thousands/i;
/**
 * A header naming codes ("SOC code", "2024 National Employment Matrix code"): over cells that carry
 * digits, a column of codes, neither the title nor a category of skills ("Dress code" stays one).
 */
const CODE = /\b(?:code|id|identifier|soc|o\*?net|isco|noc)\b/i;
const DESCRIPTION = /description|responsibilit|summary|notes|duties|what (?:they|it) does?/i;

/** Rows read to tell what a column holds: enough to be sure, spread over the whole file. */
const SAMPLE = 5000;

/**
 * Reads what each column's cells look like, from up to `SAMPLE` rows spread evenly over the file
 * (at 100,000 rows, every row took most of a second; an odd value the sample misses is still
 * reported, row by row, when the rows are read).
 */
export function profileColumns(
	header: readonly string[],
	rows: readonly string[][]
): ColumnProfile[] {
	const step = Math.max(1, Math.floor(rows.length / SAMPLE));
	const sample = step === 1 ? rows : rows.filter((_, i) => i % step === 0);
	return header.map((h, index) => {
		const cells = sample.map((r) => r[index] ?? '').filter((c) => c.trim());
		const decimal = detectDecimal(cells.slice(0, 200));
		if (!cells.length) return { index, header: h, kind: 'empty', decimal };
		const share = (test: (c: string) => boolean) => cells.filter(test).length / cells.length;
		const lower = (c: string) => c.trim().toLowerCase();
		let kind: ColumnKind = 'text';
		if (share((c) => readFigure(c, decimal, true) !== null) >= 0.8) kind = 'number';
		else if (
			share((c) => lower(c) in STRENGTH_WORDS || NO.has(lower(c))) === 1 &&
			cells.some((c) => lower(c) in STRENGTH_WORDS)
		)
			kind = 'strength';
		else if (share((c) => MARKS.has(lower(c)) || NO.has(lower(c))) === 1) kind = 'mark';
		else if (CODE.test(h) && share((c) => /\d/.test(c)) >= 0.8) kind = 'code';
		return { index, header: h, kind, decimal };
	});
}

/**
 * A first mapping: the title from a header such as "Role" or "Job title" (else the first text
 * column), pay and growth from headers such as "Median pay" and "Outlook" among the numeric
 * columns (else the first two numeric ones); every other text column a category, every column of
 * strength words or ticks one skill, other numbers and codes ignored.
 */
export function proposeMapping(profiles: readonly ColumnProfile[]): Mapping {
	const uses: ColumnUse[] = profiles.map(() => 'ignore');
	const free = (p: ColumnProfile) => uses[p.index] === 'ignore';
	const pick = (use: ColumnUse, ...tests: Array<(p: ColumnProfile) => boolean>) => {
		for (const test of tests) {
			const found = profiles.find((p) => free(p) && test(p));
			if (found) {
				uses[found.index] = use;
				return;
			}
		}
	};
	pick(
		'title',
		(p) => p.kind === 'text' && TITLE.test(p.header.trim()),
		(p) => p.kind === 'text' && TITLE_LOOSE.test(p.header),
		(p) => p.kind === 'text'
	);
	// Pay as a range in two columns, its bottom and its top ("Salary min", "Salary max").
	const payColumn = (p: ColumnProfile) => p.kind === 'number' && PAY.test(p.header);
	const bottom = profiles.find((p) => payColumn(p) && RANGE_BOTTOM.test(p.header));
	const top = profiles.find((p) => payColumn(p) && RANGE_TOP.test(p.header) && p !== bottom);
	if (bottom && top) [uses[bottom.index], uses[top.index]] = ['pay', 'payTop'];
	// A column headed "Pay" is the pay even where some cells are not numbers: those rows are then
	// listed as problems, rather than the file refused for having no pay.
	else
		pick(
			'pay',
			payColumn,
			(p) => p.kind !== 'empty' && PAY.test(p.header),
			(p) => p.kind === 'number' && !GROWTH.test(p.header)
		);
	// Another pay column is not the growth (a file without one is refused, saying so). Of two
	// changes (the Bureau of Labor Statistics' tables give "Employment change, numeric" in thousands
	// of jobs before "Employment change, percent"), the percentage.
	const growthColumn = (p: ColumnProfile) => p.kind === 'number' && GROWTH.test(p.header);
	pick(
		'growth',
		(p) => growthColumn(p) && PERCENT.test(p.header),
		(p) => growthColumn(p) && !COUNT.test(p.header),
		growthColumn,
		(p) => p.kind !== 'empty' && GROWTH.test(p.header),
		(p) => p.kind === 'number' && !PAY.test(p.header)
	);
	pick('description', (p) => p.kind === 'text' && DESCRIPTION.test(p.header));
	for (const p of profiles) {
		if (!free(p)) continue;
		if (p.kind === 'text') uses[p.index] = 'category';
		else if (p.kind === 'strength' || p.kind === 'mark') uses[p.index] = 'skill';
	}
	return { uses };
}
