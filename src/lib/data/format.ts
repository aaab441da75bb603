/**
 * Number and list formatting shared by charts, tables, tooltips and exports, so a figure reads the same
 * everywhere it appears. All formatting is en-US; pay is in the dataset's currency (`meta.currency`,
 * US dollars for the bundled data), written as en-US writes it: `$161,000`, `£45,000`, `CA$90,000`.
 */

const money = new Map<string, Intl.NumberFormat>();
function moneyFormat(currency: string, digits: number): Intl.NumberFormat {
	const key = `${currency}${digits}`;
	let f = money.get(key);
	if (!f) {
		f = new Intl.NumberFormat('en-US', {
			style: 'currency',
			currency,
			minimumFractionDigits: 0,
			maximumFractionDigits: digits
		});
		money.set(key, f);
	}
	return f;
}

/** `161000` → `$161,000` (in US dollars; `£161,000` in pounds). A minus is a typographic one. */
export function formatMoney(value: number, currency = 'USD', digits = 0): string {
	return moneyFormat(currency, digits).format(value).replace('-', '−');
}

/**
 * `161000` → `$161k`, `79500` → `$79.5k`; for axes, where space is short (thousands keep up to two
 * decimals, so ticks a few hundred apart do not read the same).
 */
export function formatMoneyShort(value: number, currency = 'USD'): string {
	return Math.abs(value) >= 1000
		? `${formatMoney(value / 1000, currency, 2)}k`
		: formatMoney(value, currency);
}

const count = new Intl.NumberFormat('en-US');

/** A count of things, with thousands separators: `10000` → `10,000`. */
export function formatCount(value: number): string {
	return count.format(value);
}

/** Text made safe inside XML or HTML, in element content and in quoted attributes. */
export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** `20` → `20%`; keeps one decimal only when the value has one. */
export function formatPercent(value: number): string {
	return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
}

/** A signed difference in percentage points: `14` → `+14 points`. */
export function formatPoints(value: number): string {
	const n = Number.isInteger(value) ? String(Math.abs(value)) : Math.abs(value).toFixed(1);
	const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
	return `${sign}${n} ${Math.abs(value) === 1 ? 'point' : 'points'}`;
}

/**
 * Where the requirements come from, for a chart's source line (on the page and in its exported
 * image): `Requirements as worded in Coursera Staff, “7 Machine Learning Roles…”`. Read from the
 * dataset, so a replaced dataset names its own source.
 */
export function requirementsSource(
	meta: { publisher: string; title: string },
	verb: 'worded' | 'listed' = 'worded'
): string {
	return `Requirements as ${verb} in ${meta.publisher}, “${meta.title}”`;
}

/** Every role, by count: `All 7 roles`, and `The one role` where there is one. */
export function allRoles(count: number): string {
	return count === 1 ? 'The one role' : `All ${formatCount(count)} roles`;
}

/** `['Python', 'SQL', 'R']` → `Python, SQL and R` (or `or` with `conjunction: 'or'`). */
export function formatList(items: string[], conjunction: 'and' | 'or' = 'and'): string {
	if (items.length <= 1) return items[0] ?? '';
	return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/**
 * Median of a list of numbers; NaN for an empty list. Does not reorder its input. Sorted as a typed
 * array, by the engine's own numeric order: at 10,000 roles, with the CPU slowed 4×, two sorts
 * through a comparator took 34 ms of the page's start; d3-array's `median` would cost the start
 * 0.6 KiB.
 */
export function median(values: readonly number[]): number {
	if (!values.length) return NaN;
	const sorted = Float64Array.from(values).sort();
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// One collator for every sort by name: `localeCompare` builds a new one per call, which dominates
// sorting thousands of roles.
const collator = new Intl.Collator('en');

/** Compares two names for sorting, in English order. */
export const compareText = (a: string, b: string): number => collator.compare(a, b);

/**
 * Compares two ids (lowercase slugs: `a-z`, `0-9`, `-`) by code point: for them the collator's
 * order, at a fraction of its cost (a tie-break in sorts of 100,000 roles).
 */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
