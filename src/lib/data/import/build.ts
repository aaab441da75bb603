/**
 * A spreadsheet's rows, read through a mapping, as a dataset the dashboard can show, with every
 * problem listed, not thrown: each names the row as the spreadsheet numbers it (the header is row
 * 1, or lower under a title), the column, the value and what was expected. A row that cannot be
 * used is left out with a warning; a file with no usable title, pay or growth is refused with one
 * message. Pure.
 */
import { GROWTH_RANGE, SALARY_RANGE, type Dataset, type Role } from '../schema';
import { STRENGTHS, type StrengthId } from '../strength';
import { cellStrength, RANGE_BOTTOM, type ColumnProfile, type Mapping } from './mapping';
import {
	fitsCurrency,
	parseNumber,
	PER_YEAR,
	readFigure,
	splitCurrency,
	type CurrencyMark,
	type DecimalMark,
	type Period
} from './numbers';
import type { TextTable } from './table';

export interface Problem {
	/** The row as the spreadsheet numbers it (the header is 1 unless it is lower), or null. */
	row: number | null;
	column: string | null;
	value: string | null;
	message: string;
	/**
	 * `error`: nothing was made; `warning`: a row or a value was left out; `note`: how a column was
	 * read, nothing left out (ranges as their midpoints, a pay in thousands…).
	 */
	level: 'error' | 'warning' | 'note';
}

/** The words the reader gives the dataset (all optional but the name). */
export interface ImportNames {
	/** The dataset's name; the page's headline. */
	name: string;
	/** Where the figures come from; named in source lines and About. */
	source?: string;
	payName?: string;
	growthName?: string;
	/** When the pay was taken ("May 2024"), and the period of the growth ("2024–2034"). */
	payAsOf?: string;
	growthPeriod?: string;
	/** The pay's currency, an ISO 4217 code; found in the file when not given (else US dollars). */
	currency?: string;
}

export interface ImportResult {
	dataset: Dataset | null;
	problems: Problem[];
	/** Columns left out, by header, with why ("a number that is not pay or growth"). */
	ignored: string[];
}

/** Cells longer than this are cut: a title or a skill is a name, not a document. */
export const CELL_LIMIT = 200;
/** Values a category column may hold before it stops being a category (it is then ignored). */
export const CATEGORY_LIMIT = 200;
/** Rows listed one by one in the problems; the rest are counted. */
const PROBLEM_LIMIT = 50;

/** A spreadsheet's total or average row under its roles: `Total`, `Average:`, `All roles`. */
const SUMMARY = /^(?:(?:grand\s+)?totals?|sum|average|mean|median|overall|all\s+roles)\s*:?$/i;

/** `Typical education` → `typical-education` (ids must be lowercase slugs). */
export function slug(text: string): string {
	return (
		text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/\+\+/g, 'pp')
			.replace(/#/g, 'sharp')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'x'
	);
}

/** A fresh id from `base`, unique among `taken` (adds -2, -3 …). */
function unique(base: string, taken: Set<string>): string {
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/** What a header's last brackets hold, and the header before them: `Pay (GBP)` → `GBP`, `Pay`. */
function headerUnit(head: string): { unit: string; before: string } | null {
	const m = /\s*\(([^)]+)\)\s*$/.exec(head);
	return m ? { unit: m[1]!.trim(), before: head.slice(0, m.index).trim() } : null;
}

/** A header's unit saying its figures are thousands: `Pay ($000)`, `Salary (£k)`, `(USD 000s)`. */
const THOUSANDS = /(?<=^|[\s,$£€'])(?:000s?|k|thousands?)$/i;

/** The currency a unit names by itself (`GBP`, `£`, `US$`, `$000`), or null. */
function unitCurrency(unit: string): string | null {
	const bare = unit
		.replace(THOUSANDS, '')
		.replace(/^in\s+/i, '')
		.replace(/[\s,']+$/, '');
	const { rest, currency } = splitCurrency(bare);
	return rest ? null : currency;
}

/**
 * The year or the period a measure's header ends with, and the header without it (nor a unit word
 * left before it): "Outlook 2024-2034" → "Outlook", "2024–2034"; "Median annual wage, dollars,
 * 2024" → "Median annual wage", "2024"; "Employment change, percent, 2024–34" → "Employment
 * change", "2024–2034"; "Growth to 2030" → "Growth", "to 2030"; "Median pay, April 2026" →
 * "Median pay", "April 2026".
 */
export function headerDate(head: string): { name: string; when: string | null } {
	const m =
		/(?:^|[\s,(])(?:(to|by|until|through|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)\s+)?((?:19|20)\d{2})(?:\s*(?:–|—|-|to)\s*((?:19|20)?\d{2}))?\)?\s*$/i.exec(
			head
		);
	if (!m) return { name: head, when: null };
	const [word, from, to] = [m[1], m[2]!, m[3]];
	const month = word && !/^(?:to|by|until|through)$/i.test(word);
	const end = to?.length === 2 ? from.slice(0, 2) + to : to;
	const name = head
		.slice(0, m.index)
		.replace(/[\s,;:(–-]+$/, '')
		.replace(/(?:^|[\s,])(?:dollars|percent|%)$/i, '')
		.replace(/[\s,;:(–-]+$/, '');
	const when = end
		? `${from}–${end}`
		: month
			? `${word} ${from}`
			: word
				? `${word.toLowerCase()} ${from}`
				: from;
	return name ? { name, when } : { name: head, when: null };
}

/** Whether a header says its figures are thousands (`Pay ($000)`, `Salary, in thousands`). */
function inThousands(head: string): boolean {
	const unit = headerUnit(head)?.unit.replace(/^in\s+/i, '');
	return (!!unit && THOUSANDS.test(unit)) || /\bin thousands\b/i.test(head);
}

/**
 * The pay column's currency: the one its header names (`Pay (GBP)`, `Pay (£)`), else the one most
 * of its cells' marks name (`£45,000`), else US dollars.
 */
function payCurrency(head: string, marks: readonly CurrencyMark[]): string {
	const unit = headerUnit(head)?.unit;
	const named = unit ? unitCurrency(unit) : null;
	if (named) return named;
	const counts = new Map<string, number>();
	for (const { currency: c } of marks) if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
	let [best, most] = ['USD', 0];
	for (const [c, n] of counts) if (n > most) [best, most] = [c, n];
	return best;
}

export function buildDataset(
	table: TextTable,
	profiles: readonly ColumnProfile[],
	mapping: Mapping,
	names: ImportNames
): ImportResult {
	const problems: Problem[] = [];
	const ignored: string[] = [];
	let listed = 0;
	let unlisted = 0;
	const warn = (
		row: number | null,
		column: string | null,
		value: string | null,
		message: string
	) => {
		if (listed < PROBLEM_LIMIT || row === null) {
			problems.push({
				row,
				column,
				value: value === null ? null : short(value),
				message,
				level: 'warning'
			});
			listed++;
		} else unlisted++;
	};
	/** How a column was read, said once for it. */
	const note = (column: string, value: string | null, message: string) =>
		problems.push({
			row: null,
			column,
			value: value === null ? null : short(value),
			message,
			level: 'note'
		});
	const refuse = (message: string): ImportResult => ({
		dataset: null,
		problems: [{ row: null, column: null, value: null, message, level: 'error' }, ...problems],
		ignored
	});

	const col = (use: string) => mapping.uses.indexOf(use as Mapping['uses'][number]);
	const titleAt = col('title');
	const payAt = col('pay');
	// The top of a pay range whose bottom is the pay column, or -1.
	const topAt = col('payTop');
	const growthAt = col('growth');
	const header = (i: number) => table.header[i] || `Column ${i + 1}`;
	const missing = [
		titleAt < 0 && 'title column (the roles’ names)',
		payAt < 0 && 'pay column (numbers such as $161,000 or 161k)',
		growthAt < 0 && 'growth column (percentages such as 20% or −4.2)'
	].filter(Boolean);
	if (!table.header.length || !table.rows.length)
		return refuse('The file has no rows under its header: nothing to show.');
	if (missing.length)
		return refuse(
			`The file has no ${missing.join(', no ')}. Choose the columns to use, or add them to the file.`
		);

	for (const [i, use] of mapping.uses.entries()) {
		if (use !== 'ignore') continue;
		const p = profiles[i];
		ignored.push(
			`${header(i)} (${p?.kind === 'number' ? 'numbers that are neither pay nor growth' : p?.kind === 'empty' ? 'empty' : p?.kind === 'code' ? 'codes' : 'not used'})`
		);
	}

	// Categories: one per category column, and one for all the single-skill columns together.
	const categories: Dataset['categories'] = [];
	const catIds = new Set<string>();
	const skills: Dataset['skills'] = [];
	const skillIds = new Set<string>();
	const skillOf = new Map<string, string>(); // `${column}|${value}` → skill id
	const quoteOf = new Map<string, string>(); // a category value's skill id → its one quote
	const columnCategory = new Map<number, string>();
	let singleCategory: string | null = null;
	for (const [i, use] of mapping.uses.entries()) {
		if (use === 'category') {
			const id = unique(slug(header(i)), catIds);
			categories.push({ id, label: header(i).slice(0, CELL_LIMIT) });
			columnCategory.set(i, id);
		} else if (use === 'skill') {
			// `Programming languages: Python` is the skill Python in that category.
			const named = /^(.+?):\s*(.+)$/.exec(header(i));
			let category: string;
			if (named) {
				const label = named[1]!.trim().slice(0, CELL_LIMIT);
				category = categories.find((c) => c.label === label)?.id ?? unique(slug(label), catIds);
				if (!categories.some((c) => c.id === category)) categories.push({ id: category, label });
			} else category = singleCategory ??= unique('requirements', catIds);
			const label = (named ? named[2]! : header(i)).trim().slice(0, CELL_LIMIT);
			const id = unique(slug(label), skillIds);
			skills.push({ id, label, category });
			skillOf.set(`${i}|`, id);
		}
	}
	if (singleCategory) categories.push({ id: singleCategory, label: 'Requirements' });

	const source = names.source?.trim() || names.name;
	const roles: Role[] = [];
	const titleRows = new Map<string, number>();
	const roleIds = new Set<string>();
	const given = names.currency?.trim().toUpperCase();
	// Each pay cell's currency mark, read once: together they name the column's currency, and each
	// is checked against it.
	const marksOf = (at: number) =>
		table.rows.map((cells) => splitCurrency((cells[at] ?? '').trim()));
	const payMarks = marksOf(payAt);
	const topMarks = topAt >= 0 ? marksOf(topAt) : [];
	const found = payCurrency(header(payAt), payMarks);
	const currency = given && /^[A-Z]{3}$/.test(given) ? given : found;
	if (given && currency !== given)
		warn(
			null,
			'Currency',
			names.currency!,
			`not a currency code such as GBP or EUR; read as ${currency}`
		);
	const currencyWords = currency === 'USD' ? 'US dollars' : currency;
	const growthDecimal = profiles[growthAt]?.decimal ?? '.';
	// A workbook keeps a cell shown as 23% as 0.23: a growth column of a sheet whose every value lies
	// within ±1 is read as such fractions (a growth under 1% for every role is not a projection).
	let growthScale = 1;
	if (table.delimiter === null) {
		const values = table.rows
			.map((cells) => parseNumber(cells[growthAt] ?? '', growthDecimal))
			.filter((n): n is number => n !== null);
		if (values.length && values.every((n) => Math.abs(n) <= 1) && values.some((n) => n !== 0)) {
			growthScale = 100;
			note(
				header(growthAt),
				null,
				`every value is between −1 and 1, as a workbook keeps percentages (a cell showing 23% holds 0.23): read as percentages, ${values[0]} as ${+(values[0]! * 100).toPrecision(12)}%`
			);
		}
	}
	// A pay column whose header says it is in thousands (`Pay ($000)`) and whose every figure is
	// below the lowest yearly pay is read in thousands, with a note; a header saying so over full
	// figures is taken at its figures' word.
	const thousandsScale = (at: number) => {
		if (at < 0 || !inThousands(header(at))) return 1;
		const decimal = profiles[at]?.decimal ?? '.';
		const figures = table.rows.flatMap((cells) => {
			const text = cells[at] ?? '';
			const figure = readFigure(text, decimal, false);
			return figure ? [{ text, n: figure.n }] : [];
		});
		if (!figures.length || figures.some(({ n }) => Math.abs(n) >= SALARY_RANGE[0])) return 1;
		const { text, n } = figures[0]!;
		const full = +(n * 1000).toPrecision(12);
		note(
			header(at),
			null,
			`in thousands, as the header says: read as such (“${short(text)}” as ${full.toLocaleString('en-US')})`
		);
		return 1000;
	};
	const payScale = thousandsScale(payAt);
	const topScale = thousandsScale(topAt);
	const valuesPerCategory = new Map<string, number>();
	/** A cell longer than `CELL_LIMIT`, cut (with the problem listed); `what`: "title", "value". */
	const cut = (rowNo: number, at: number, text: string, what: string) => {
		if (text.length <= CELL_LIMIT) return text;
		warn(
			rowNo,
			header(at),
			text,
			`a ${what} of ${text.length.toLocaleString('en-US')} characters; cut to ${CELL_LIMIT}`
		);
		return `${text.slice(0, CELL_LIMIT - 1)}…`;
	};
	/**
	 * A row's pay or growth, or null (with the problem listed) when the row cannot use it; with
	 * `periods`, a pay by the hour, week or month is made a year's (see `readFigure`); `scale`
	 * multiplies the figure before it is checked (a pay in thousands).
	 */
	const measure = (
		rowNo: number,
		cells: readonly string[],
		at: number,
		decimal: DecimalMark,
		[lo, hi]: readonly [number, number],
		outside: (n: number) => string,
		{
			mark = null,
			periods = false,
			scale = 1
		}: { mark?: CurrencyMark | null; periods?: boolean; scale?: number } = {}
	): number | null => {
		const text = cells[at] ?? '';
		const figure = readFigure(text, decimal, periods);
		const n = figure && +(figure.n * scale).toPrecision(12);
		const problem =
			n === null
				? `“${short(text)}” is not a number`
				: mark && !fitsCurrency(mark, currency)
					? `“${short(text)}” is in ${mark.currency}, the column in ${currency}`
					: n < lo || n > hi
						? outside(n)
						: null;
		if (problem !== null) {
			warn(rowNo, header(at), text, `${problem}; the row is left out`);
			return null;
		}
		if (figure!.range) noteRead(at, 'range', text, n!);
		if (figure!.per) noteRead(at, figure!.per, text, n!);
		return n;
	};
	// Figures read otherwise than as one number (a range, a pay by the hour), by column and way:
	// how many, and the first, said once for the column after the rows.
	type ReadOtherwise = {
		at: number;
		how: 'range' | Period;
		count: number;
		text: string;
		n: number;
	};
	const readsOtherwise = new Map<string, ReadOtherwise>();
	const noteRead = (at: number, how: ReadOtherwise['how'], text: string, n: number) => {
		const key = `${at}|${how}`;
		const seen = readsOtherwise.get(key);
		if (seen) seen.count++;
		else readsOtherwise.set(key, { at, how, count: 1, text, n });
	};

	// Pays read as the midpoint of a range in two columns: how many, and the first.
	const midpoints = { count: 0, example: '' };

	const descriptionAt = mapping.uses.indexOf('description');
	const requirementColumns = [...mapping.uses.entries()].filter(
		([, use]) => use === 'skill' || use === 'category'
	);
	for (const [r, cells] of table.rows.entries()) {
		const rowNo = r + table.headerRow + 1;
		if (cells.every((c) => !c.trim())) {
			if (r < table.rows.length - 1) warn(rowNo, null, null, 'the row is empty; it is left out');
			continue;
		}
		const whole = (cells[titleAt] ?? '').trim();
		if (!whole) {
			warn(rowNo, header(titleAt), '', 'no title; the row is left out');
			continue;
		}
		if (SUMMARY.test(whole)) {
			warn(rowNo, header(titleAt), whole, `a summary of the rows, not a role; the row is left out`);
			continue;
		}
		const title = cut(rowNo, titleAt, whole, 'title');
		const readPay = (at: number, marks: (CurrencyMark | null)[], scale: number) =>
			measure(
				rowNo,
				cells,
				at,
				profiles[at]?.decimal ?? '.',
				SALARY_RANGE,
				(n) =>
					`${n.toLocaleString('en-US')} is not a yearly pay in ${currencyWords} (expected ${SALARY_RANGE[0].toLocaleString('en-US')} to ${SALARY_RANGE[1].toLocaleString('en-US')})`,
				{ mark: marks[r], periods: true, scale }
			);
		let pay = readPay(payAt, payMarks, payScale);
		if (pay === null) continue;
		if (topAt >= 0) {
			const top = readPay(topAt, topMarks, topScale);
			if (top === null) continue;
			if (top < pay) {
				warn(
					rowNo,
					header(topAt),
					cells[topAt] ?? '',
					`the top of the range is less than its bottom (“${header(payAt)}”, ${pay.toLocaleString('en-US')}); the row is left out`
				);
				continue;
			}
			const bottomText = cells[payAt] ?? '';
			pay = +((pay + top) / 2).toPrecision(12);
			if (!midpoints.count++)
				midpoints.example = `“${short(bottomText)}” and “${short(cells[topAt] ?? '')}” as ${pay.toLocaleString('en-US')}`;
		}
		const read = measure(
			rowNo,
			cells,
			growthAt,
			growthDecimal,
			GROWTH_RANGE,
			(n) => `${n}% is outside ${GROWTH_RANGE[0]}% to ${GROWTH_RANGE[1]}%`
		);
		if (read === null) continue;
		// 0.07 × 100 is 7.000000000000001 in floating point: twelve digits are more than any file has.
		const growth = growthScale === 1 ? read : +(read * growthScale).toPrecision(12);
		const earlier = titleRows.get(title.toLowerCase());
		if (earlier !== undefined)
			warn(
				rowNo,
				header(titleAt),
				title,
				`“${short(title)}” is also row ${earlier}; both are kept, this one as “${short(title)} (row ${rowNo})”`
			);
		else titleRows.set(title.toLowerCase(), rowNo);
		const shownTitle = earlier !== undefined ? `${title} (row ${rowNo})` : title;
		const id = unique(slug(shownTitle).slice(0, 80), roleIds);

		const requirements: Role['requirements'] = [];
		const seen = new Set<string>();
		const add = (skill: string, strength: StrengthId, quote: string) => {
			if (seen.has(skill)) return;
			seen.add(skill);
			requirements.push({ skill, strength, quote });
		};
		for (const [i, use] of requirementColumns) {
			const cell = (cells[i] ?? '').trim();
			if (!cell) continue;
			if (use === 'skill') {
				const strength = cellStrength(cell);
				if (strength) add(skillOf.get(`${i}|`)!, strength, `${header(i)}: ${short(cell)}`);
				else if (!['no', 'n', 'false', '-', '–', '—', '0'].includes(cell.toLowerCase()))
					warn(
						rowNo,
						header(i),
						cell,
						`“${short(cell)}” is not a strength (${Object.values(STRENGTHS)
							.map((s) => s.label.toLowerCase())
							.join(', ')}) or a tick; left out`
					);
			} else if (use === 'category') {
				const category = columnCategory.get(i)!;
				for (const whole of cell
					.split(';')
					.map((v) => v.trim())
					.filter(Boolean)) {
					const value = cut(rowNo, i, whole, 'value');
					const key = `${i}|${value.toLowerCase()}`;
					let skill = skillOf.get(key);
					if (!skill) {
						const count = (valuesPerCategory.get(category) ?? 0) + 1;
						valuesPerCategory.set(category, count);
						skill = unique(slug(`${category}-${value}`).slice(0, 80), skillIds);
						skills.push({ id: skill, label: value, category });
						skillOf.set(key, skill);
					}
					let quote = quoteOf.get(skill);
					if (quote === undefined) quoteOf.set(skill, (quote = `${header(i)}: ${short(value)}`));
					add(skill, 'expected', quote);
				}
			}
		}
		roles.push({
			id,
			title: shownTitle,
			salary: { median: pay, source: 1 },
			growth: { percent: growth, source: 2 },
			requirements,
			responsibilities: descriptionAt >= 0 ? (cells[descriptionAt] ?? '').trim() : ''
		});
	}
	for (const { at, how, count, text, n } of [...readsOtherwise.values()].sort(
		(a, b) => a.at - b.at
	)) {
		const values = count === 1 ? '1 value is' : `${count.toLocaleString('en-US')} values are`;
		const example = `“${short(text)}” as ${n.toLocaleString('en-US')}`;
		note(
			header(at),
			text,
			how === 'range'
				? `${values} ${count === 1 ? 'a range, read as its midpoint' : 'ranges, read as their midpoints'} (${example})`
				: `${values} pay by the ${how}, read as a year’s pay at ${PER_YEAR[how].toLocaleString('en-US')} ${how}s a year (${example})`
		);
	}
	if (midpoints.count)
		note(
			header(payAt),
			null,
			`the pay is the midpoint of this column and “${header(topAt)}” (${midpoints.example}${midpoints.count > 1 ? `, and ${(midpoints.count - 1).toLocaleString('en-US')} more` : ''})`
		);
	if (unlisted)
		warn(
			null,
			null,
			null,
			`and ${unlisted.toLocaleString('en-US')} more rows with problems like those above`
		);

	// A "category" with a value for nearly every role is not a category: it is a description column.
	for (const [category, count] of valuesPerCategory) {
		if (count <= CATEGORY_LIMIT) continue;
		const label = categories.find((c) => c.id === category)?.label ?? category;
		warn(
			null,
			label,
			null,
			`${count.toLocaleString('en-US')} different values: too many to filter by; the column is ignored`
		);
		ignored.push(`${label} (${count.toLocaleString('en-US')} different values)`);
		const dropped = new Set(skills.filter((s) => s.category === category).map((s) => s.id));
		for (const role of roles)
			role.requirements = role.requirements.filter((q) => !dropped.has(q.skill));
		skills.splice(0, skills.length, ...skills.filter((s) => !dropped.has(s.id)));
		categories.splice(
			categories.findIndex((c) => c.id === category),
			1
		);
	}

	if (!roles.length)
		return refuse('No row of the file could be used (see the problems below): nothing to show.');
	if (!categories.length) categories.push({ id: 'requirements', label: 'Requirements' });
	// A header's unit in brackets is the page's to add: "Median pay (USD)" names "Median pay".
	const bare = (h: string) => {
		const u = headerUnit(h);
		const unit =
			u && (/^(?:%|percent)$/i.test(u.unit) || THOUSANDS.test(u.unit) || unitCurrency(u.unit));
		return unit && u.before ? u.before : h;
	};
	// A range's name is its bottom column's without the word saying so: "Salary min" → "Salary".
	const rangeName = (h: string) => {
		const name = h
			.replace(RANGE_BOTTOM, ' ')
			.replace(/\(\s*\)|\[\s*\]/g, ' ')
			.replace(/[\s_.:,–-]+$|^[\s_.:,–-]+/g, '')
			.replace(/[\s_]+/g, ' ');
		return name ? name[0]!.toUpperCase() + name.slice(1) : h;
	};
	// A year or a period in a header names when the pay was taken or the growth's period (where the
	// reader gives none), and leaves the measure's name: "Outlook 2024-2034" is "Outlook", 2024–2034.
	const pays = headerDate(bare(header(payAt)));
	const grows = headerDate(bare(header(growthAt)));
	const payName = names.payName?.trim() || (topAt >= 0 ? rangeName(pays.name) : pays.name);
	const payColumns =
		topAt >= 0
			? `the midpoint of columns “${header(payAt)}” and “${header(topAt)}”`
			: `column “${header(payAt)}”`;
	const growthName = names.growthName?.trim() || grows.name;
	const payAsOf = names.payAsOf?.trim() || pays.when || source;
	const growthPeriod = names.growthPeriod?.trim() || grows.when || source;
	const dataset: Dataset = {
		meta: {
			title: names.name,
			publisher: source,
			salaryDefinition: `${payName}, in ${currencyWords} a year, as given in ${source}${topAt >= 0 ? ' (the midpoint of its range)' : ''}.`,
			salaryAsOf: payAsOf,
			growthPeriod,
			currency,
			sourceLine: `${payName} and ${growthName.toLowerCase()}: ${source}.`,
			headline: names.name,
			sourceName: source,
			pay: { name: payName },
			growth: { name: growthName },
			growthDefinition: `${growthName} is the figure given in ${source}, in percent.`,
			rubric: `Each requirement is a value of one of the file’s columns; a column of strengths (${Object.values(
				STRENGTHS
			)
				.map((s) => s.label.toLowerCase())
				.join(', ')}) gives its own, a tick or any other value counts as expected.`
		},
		categories,
		skills,
		sources: [
			{
				id: 1,
				publisher: source,
				kind: 'salary',
				citation: `${payName}, ${payColumns}.`
			},
			{
				id: 2,
				publisher: source,
				kind: 'growth',
				citation: `${growthName}, column “${header(growthAt)}”.`
			}
		],
		roles
	};
	return { dataset, problems, ignored };
}
