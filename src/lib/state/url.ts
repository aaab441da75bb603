/**
 * The view's state as it lives in the URL: `?skills=python,sql&match=all&compare=a,b`. Parsing is
 * forgiving and never throws: unknown ids, duplicates, empty values, odd characters or markup are
 * dropped, the valid part is kept, and what was dropped is reported so the page can say so. Nothing
 * parsed here is ever rendered as HTML (it is only compared against known ids, or shown as text).
 */
import type { MatchMode } from '$lib/data/match';

export interface ViewState {
	/** Chosen skill ids, in the order they were chosen. */
	skills: string[];
	match: MatchMode;
	/** Role ids chosen for comparison, in order. */
	compare: string[];
}

export const DEFAULT_MATCH: MatchMode = 'any';
import { MAX_COMPARE } from '$lib/data/comparison';

export const EMPTY_VIEW: ViewState = Object.freeze({
	skills: [],
	match: DEFAULT_MATCH,
	compare: []
}) as ViewState;

export interface KnownIds {
	skills: ReadonlySet<string>;
	roles: ReadonlySet<string>;
}

export interface ParsedView {
	state: ViewState;
	/** Short, human-readable descriptions of what was ignored, for a visible notice. */
	ignored: string[];
}

/** Shortens a hostile or long value for display as plain text. */
export function quoteForNotice(value: string): string {
	// eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
	const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
	return `“${clean.length > 40 ? clean.slice(0, 39) + '…' : clean}”`;
}

function splitList(params: URLSearchParams, name: string): string[] {
	return params.getAll(name).flatMap((v) => v.split(','));
}

function pickIds(
	values: string[],
	known: ReadonlySet<string>,
	noun: string,
	ignored: string[],
	limit = Infinity
): string[] {
	const out: string[] = [];
	let empties = 0;
	for (const raw of values) {
		const id = raw.trim().toLowerCase();
		if (!id) {
			empties++;
		} else if (!known.has(id)) {
			ignored.push(`unknown ${noun} ${quoteForNotice(raw)}`);
		} else if (out.includes(id)) {
			ignored.push(`repeated ${noun} ${quoteForNotice(raw)}`);
		} else if (out.length >= limit) {
			ignored.push(`${noun} ${quoteForNotice(raw)} (at most ${limit})`);
		} else {
			out.push(id);
		}
	}
	if (empties) ignored.push(empties === 1 ? `an empty ${noun}` : `${empties} empty ${noun}s`);
	return out;
}

/** Parses a query string (with or without `?`) against the known ids. Never throws. */
export function parseView(search: string | URLSearchParams, known: KnownIds): ParsedView {
	let params: URLSearchParams;
	try {
		params = typeof search === 'string' ? new URLSearchParams(search) : search;
	} catch {
		return { state: { ...EMPTY_VIEW, skills: [], compare: [] }, ignored: ['an unreadable link'] };
	}
	const ignored: string[] = [];
	const skills = params.has('skills')
		? pickIds(splitList(params, 'skills'), known.skills, 'skill', ignored)
		: [];
	const compare = params.has('compare')
		? pickIds(splitList(params, 'compare'), known.roles, 'role', ignored, MAX_COMPARE)
		: [];
	let match: MatchMode = DEFAULT_MATCH;
	const modes = params.getAll('match');
	for (const raw of modes) {
		const m = raw.trim().toLowerCase();
		if (m === 'all' || m === 'any') match = m;
		else ignored.push(`match mode ${quoteForNotice(raw)} (expected “all” or “any”)`);
	}
	return { state: { skills, match, compare }, ignored };
}

/**
 * The query string for a state, `''` for the default view. Default values are left out so a link
 * stays short; `parseView(serialiseView(s))` gives `s` back for every valid state.
 */
export function serialiseView(state: ViewState): string {
	const parts: string[] = [];
	if (state.skills.length) parts.push(`skills=${state.skills.map(encodeURIComponent).join(',')}`);
	if (state.match !== DEFAULT_MATCH) parts.push(`match=${state.match}`);
	if (state.compare.length)
		parts.push(`compare=${state.compare.map(encodeURIComponent).join(',')}`);
	return parts.length ? `?${parts.join('&')}` : '';
}

/** Whether two states describe the same view. */
export function sameView(a: ViewState, b: ViewState): boolean {
	return serialiseView(a) === serialiseView(b);
}
