/**
 * Numbers as spreadsheets write them: `$161,000`, `£45,000`, `45 000 €`, `GBP 45,000`, `161000`,
 * `161k`, `20%`, `20 percent`, `−4.2` with a typographic minus, `(4.2)` for a negative, and `1.234,5`
 * in a file whose decimals are commas.
 * Pure; `null` for anything that is not one number.
 */

/** Which mark separates decimals in a column: `.` (`1,234.5`) or `,` (`1.234,5`). */
export type DecimalMark = '.' | ',';

const MINUS = /^[-−–]/;
/** Currency symbols a pay cell may carry, and the currency each names (`$` alone: US dollars). */
const SYMBOLS: Record<string, string> = {
	US$: 'USD',
	$: 'USD',
	CA$: 'CAD',
	C$: 'CAD',
	AU$: 'AUD',
	A$: 'AUD',
	NZ$: 'NZD',
	HK$: 'HKD',
	S$: 'SGD',
	R$: 'BRL',
	'£': 'GBP',
	'€': 'EUR',
	'¥': 'JPY',
	'₹': 'INR',
	'₩': 'KRW',
	zł: 'PLN'
};
const SYMBOL = Object.keys(SYMBOLS)
	.map((k) => k.replace(/\$/g, '\\$'))
	.join('|');
/** A symbol or an ISO 4217 code (`GBP`, `usd`) before or after the number. */
const CURRENCY_BEFORE = new RegExp(`^(${SYMBOL}|[A-Z]{3}|usd)\\s*`);
const CURRENCY_AFTER = new RegExp(`\\s*(${SYMBOL}|[A-Z]{3}|usd)$`);
/** The codes this engine knows (every ISO 4217 one); a word of three capitals is not one of them. */
const CODES: ReadonlySet<string> | null =
	typeof Intl.supportedValuesOf === 'function' ? new Set(Intl.supportedValuesOf('currency')) : null;

/** A currency mark's code: `£` → `GBP`, `eur` → `EUR`; null for anything that is not one. */
function currencyCode(mark: string): string | null {
	const code = SYMBOLS[mark] ?? mark.toUpperCase();
	return !/^[A-Z]{3}$/.test(code) || (CODES && !CODES.has(code)) ? null : code;
}

/** Currencies written with a bare `$` as well as their own mark. */
const DOLLAR_SIGN = new Set([
	'USD',
	'CAD',
	'AUD',
	'NZD',
	'HKD',
	'SGD',
	'TWD',
	'MXN',
	'ARS',
	'CLP',
	'COP'
]);

/** The currency a cell's mark names (null for none), and whether the mark was a bare `$`. */
export interface CurrencyMark {
	currency: string | null;
	dollar?: true;
}

/**
 * A cell's number without its currency mark, and the currency the mark names (null when it has
 * none): `£45,000` → `45,000`, `GBP`; `45 000 €` → `45 000`, `EUR`; `$90,000` → `90,000`, `USD`
 * with `dollar` set, since a bare `$` may be another dollar (or peso) too.
 */
export function splitCurrency(text: string): CurrencyMark & { rest: string } {
	for (const re of [CURRENCY_BEFORE, CURRENCY_AFTER]) {
		const m = re.exec(text);
		const code = m && currencyCode(m[1]!);
		if (code)
			return {
				rest: text.replace(re, ''),
				currency: code,
				...(m[1] === '$' && { dollar: true as const })
			};
	}
	return { rest: text, currency: null };
}

/** Whether a cell's currency mark fits a column in `currency`: a bare `$` fits any dollar's. */
export function fitsCurrency(mark: CurrencyMark, currency: string): boolean {
	return (
		!mark.currency || mark.currency === currency || (!!mark.dollar && DOLLAR_SIGN.has(currency))
	);
}

const UNIT = /(?:%|percent|per\s*cent|pct)$/i;
/** Digits, with a point-decimal part: most cells of most files, read at once. */
const PLAIN = /^\d+(?:\.\d+)?$/;
/**
 * Thousands separators only between groups of three digits (a space works too, and with decimal
 * points a Swiss apostrophe: `120'000`), by decimal mark.
 */
const GROUPED: Record<DecimalMark, RegExp> = {
	'.': /^\d{1,3}(?:[, '’]\d{3})+(?:\.\d+)?$/,
	',': /^\d{1,3}(?:[. ]\d{3})+(?:,\d+)?$/
};
const SEPARATORS: Record<DecimalMark, RegExp> = { '.': /[, '’]/g, ',': /[. ]/g };

/**
 * Reads one number. `decimal` says which mark is the decimal one; the other is read as a thousands
 * separator only where it groups three digits. Suffixes `k` and `m` multiply; a percent sign or word
 * is dropped (the caller knows the column is a percentage).
 */
export function parseNumber(text: string, decimal: DecimalMark = '.'): number | null {
	if (decimal === '.' && PLAIN.test(text)) {
		const n = Number(text);
		return Number.isFinite(n) ? n : null;
	}
	let s = text.trim().replace(/[\s\u00a0\u202f]+/g, ' ');
	if (!s) return null;
	let negative = false;
	if (/^\(.*\)$/.test(s)) {
		negative = true;
		s = s.slice(1, -1).trim();
	}
	if (MINUS.test(s)) {
		negative = !negative;
		s = s.slice(1).trim();
	} else if (s.startsWith('+')) s = s.slice(1).trim();
	s = splitCurrency(s).rest;
	s = s.replace(UNIT, '').trim();
	let scale = 1;
	const suffix = /^(.*?)\s*([km])$/i.exec(s);
	if (suffix) {
		scale = suffix[2]!.toLowerCase() === 'k' ? 1e3 : 1e6;
		s = suffix[1]!;
	}
	if (GROUPED[decimal].test(s)) s = s.replace(SEPARATORS[decimal], '');
	if (decimal === ',') s = s.replace(',', '.');
	if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(s)) return null;
	const n = Number(s) * scale;
	if (!Number.isFinite(n)) return null;
	return negative ? -n : n;
}

/** A pay by the hour, week or month, and how many of each a working year holds. */
export const PER_YEAR = { hour: 2080, week: 52, month: 12 } as const;
export type Period = keyof typeof PER_YEAR;
const PERIODS: Array<[RegExp, Period | 'year']> = [
	[/^(?:hour|hr|h)$/i, 'hour'],
	[/^(?:week|wk)$/i, 'week'],
	[/^(?:month|mo|mth)$/i, 'month'],
	[/^(?:year|yr|annum|y)$/i, 'year']
];
/** `/hour`, `per hour`, `an hour`, `p.h.`… at the end of a cell, and `p.a.` for a year. */
const PER = /\s*(?:(?:\/|\bper\b|\ban?\b)\s*([a-z]+)\.?|\b(p\.?\s?a)\.?)$/i;
/** Two figures joined by a dash or "to": `$90,000–$120,000`, `35k - 45k`, `5 to 7%`. */
const RANGE = /^(.+?)\s*(?:[–—-]|\bto\b)\s*(.+)$/i;

/** A figure: its value, and whether it was a range (its midpoint) or a pay for a shorter period. */
export interface Figure {
	n: number;
	range: boolean;
	per: Period | null;
}

/**
 * Reads a cell as a figure: one number (`parseNumber`), or a range of two (`$90,000–$120,000`, read
 * as its midpoint); with `periods`, a pay by the hour, week or month (`$45/hour`, `£3,000 per
 * month`) made yearly with `PER_YEAR`, and `/year` or `p.a.` dropped. A remark in brackets after
 * it is dropped (`17% (Much faster than average)`). Null for anything else.
 */
export function readFigure(text: string, decimal: DecimalMark, periods = false): Figure | null {
	const one = parseNumber(text, decimal);
	if (one !== null) return { n: one, range: false, per: null };
	// A remark in brackets after the figure is the source's: `17% (Much faster than average)`.
	let s = text.trim().replace(/(\S)\s*\([^()]*[a-z][^()]*\)$/i, '$1');
	if (s !== text.trim()) {
		const bare = parseNumber(s, decimal);
		if (bare !== null) return { n: bare, range: false, per: null };
	}
	let per: Period | null = null;
	const unit = periods ? PER.exec(s) : null;
	if (unit) {
		const found = unit[2] ? 'year' : PERIODS.find(([re]) => re.test(unit[1]!))?.[1];
		if (!found) return null;
		if (found !== 'year') per = found;
		s = s.slice(0, unit.index);
	}
	const scale = per ? PER_YEAR[per] : 1;
	const whole = parseNumber(s, decimal);
	if (whole !== null) return unit ? { n: whole * scale, range: false, per } : null;
	const two = RANGE.exec(s);
	const lo = two && parseNumber(two[1]!, decimal);
	const hi = two && parseNumber(two[2]!, decimal);
	if (lo === null || hi === null || lo > hi) return null;
	// Ten times its bottom is no range: an occupation's code (`15-2051`, the SOC's) is not a figure.
	if (lo > 0 && hi > lo * 10) return null;
	return { n: ((lo + hi) / 2) * scale, range: true, per };
}

/**
 * The decimal mark a column's values use: `,` when its numbers read as comma-decimals (`1.234,5`,
 * `4,2`) and never as point-decimals with commas grouping thousands; `.` otherwise.
 */
export function detectDecimal(values: readonly string[]): DecimalMark {
	let comma = 0;
	let point = 0;
	for (const v of values) {
		const s = v.trim();
		// `4,2` or `1.234,56`: a comma followed by other than exactly three digits is a decimal mark.
		if (/\d,\d{1,2}(?:\D|$)|\d,\d{4,}/.test(s) || /\d\.\d{3},\d/.test(s)) comma++;
		else if (/\d\.\d{1,2}(?:\D|$)|\d\.\d{4,}|\d,\d{3}\.\d/.test(s)) point++;
	}
	return comma > point ? ',' : '.';
}
