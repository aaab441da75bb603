/**
 * A dataset in columns: the roles' numbers in typed arrays, their words in lists of strings, every
 * requirement as three indices. This is how a dataset opened in the browser travels from the
 * importer's worker to the page and how it is kept in IndexedDB: both copy it by structured clone,
 * which copies a typed array in one piece where it walks an object per role (100,000 roles' objects
 * took the page's thread about two seconds to receive, and their JSON 61 MB; see
 * `docs/decisions.md`). The page's own shape (`PageDataset`) is made from it at once; a role's words
 * (quotes, responsibilities) are read a chunk at a time, when a tooltip or a table needs them, as
 * for a big bundled dataset. Lossless: `unpackDataset(packDataset(d))` equals `d`. Pure.
 */
import {
	DETAILS_CHUNK_SIZE,
	DETAILS_INLINE_LIMIT,
	type CoreRequirement,
	type CoreRole,
	type PageDataset,
	type RoleDetails
} from './payload';
import type { Dataset, Role } from './schema';
import { STRENGTH_IDS } from './strength';

/** The optional words a role may carry beyond the columns (a JSON dataset's). */
interface RoleExtras {
	salaryQuote?: string;
	growthQuote?: string;
	requirementsText?: string;
}

export interface PackedDataset {
	/** Everything but the roles: meta, categories, skills, sources, context. */
	head: Omit<Dataset, 'roles'>;
	ids: string[];
	titles: string[];
	responsibilities: string[];
	pay: Float64Array;
	growth: Float64Array;
	paySource: Uint32Array;
	growthSource: Uint32Array;
	/** Role i's requirements are entries `reqStart[i]` to `reqStart[i + 1]` (exclusive). */
	reqStart: Uint32Array;
	/** Index into `head.skills`. */
	reqSkill: Uint32Array;
	/** Index into `STRENGTH_IDS`. */
	reqStrength: Uint8Array;
	/** Index into `quotes` (a quote shared by many requirements is kept once). */
	reqQuote: Uint32Array;
	quotes: string[];
	/** By role index, for the roles that have any. */
	extras: Record<number, RoleExtras>;
}

/** The typed arrays, to hand over (transfer) rather than copy. */
export function packedBuffers(p: PackedDataset): ArrayBuffer[] {
	return [
		p.pay,
		p.growth,
		p.paySource,
		p.growthSource,
		p.reqStart,
		p.reqSkill,
		p.reqStrength,
		p.reqQuote
	].map((a) => a.buffer as ArrayBuffer);
}

export function packDataset(data: Dataset): PackedDataset {
	const { roles, ...head } = data;
	const n = roles.length;
	const total = roles.reduce((sum, r) => sum + r.requirements.length, 0);
	const skillAt = new Map(head.skills.map((s, i) => [s.id, i]));
	const strengthAt = new Map(STRENGTH_IDS.map((s, i) => [s, i]));
	const quoteAt = new Map<string, number>();
	const p: PackedDataset = {
		head,
		ids: new Array(n),
		titles: new Array(n),
		responsibilities: new Array(n),
		pay: new Float64Array(n),
		growth: new Float64Array(n),
		paySource: new Uint32Array(n),
		growthSource: new Uint32Array(n),
		reqStart: new Uint32Array(n + 1),
		reqSkill: new Uint32Array(total),
		reqStrength: new Uint8Array(total),
		reqQuote: new Uint32Array(total),
		quotes: [],
		extras: {}
	};
	let k = 0;
	roles.forEach((r, i) => {
		p.ids[i] = r.id;
		p.titles[i] = r.title;
		p.responsibilities[i] = r.responsibilities ?? '';
		p.pay[i] = r.salary.median;
		p.growth[i] = r.growth.percent;
		p.paySource[i] = r.salary.source;
		p.growthSource[i] = r.growth.source;
		p.reqStart[i] = k;
		for (const q of r.requirements) {
			let at = quoteAt.get(q.quote);
			if (at === undefined) quoteAt.set(q.quote, (at = p.quotes.push(q.quote) - 1));
			p.reqSkill[k] = skillAt.get(q.skill)!;
			p.reqStrength[k] = strengthAt.get(q.strength)!;
			p.reqQuote[k++] = at;
		}
		const extras: RoleExtras = {};
		if (r.salary.quote !== undefined) extras.salaryQuote = r.salary.quote;
		if (r.growth.quote !== undefined) extras.growthQuote = r.growth.quote;
		if (r.requirementsText !== undefined) extras.requirementsText = r.requirementsText;
		if (Object.keys(extras).length) p.extras[i] = extras;
	});
	p.reqStart[n] = k;
	return p;
}

/** Role `i` whole, as the dataset's file would hold it. */
export function unpackRole(p: PackedDataset, i: number): Role {
	const x = p.extras[i];
	const requirements: Role['requirements'] = [];
	for (let k = p.reqStart[i]!; k < p.reqStart[i + 1]!; k++)
		requirements.push({
			skill: p.head.skills[p.reqSkill[k]!]!.id,
			strength: STRENGTH_IDS[p.reqStrength[k]!]!,
			quote: p.quotes[p.reqQuote[k]!]!
		});
	return {
		id: p.ids[i]!,
		title: p.titles[i]!,
		salary: {
			median: p.pay[i]!,
			source: p.paySource[i]!,
			...(x?.salaryQuote !== undefined ? { quote: x.salaryQuote } : {})
		},
		growth: {
			percent: p.growth[i]!,
			source: p.growthSource[i]!,
			...(x?.growthQuote !== undefined ? { quote: x.growthQuote } : {})
		},
		...(x?.requirementsText !== undefined ? { requirementsText: x.requirementsText } : {}),
		requirements,
		responsibilities: p.responsibilities[i]!
	};
}

/** The dataset whole, as its file would hold it (for a link, a download, a test). */
export function unpackDataset(p: PackedDataset): Dataset {
	return { ...p.head, roles: p.ids.map((_, i) => unpackRole(p, i)) };
}

/** The words of roles `from` to `to` (exclusive), by role id. */
function detailsBetween(p: PackedDataset, from: number, to: number): Record<string, RoleDetails> {
	const out: Record<string, RoleDetails> = {};
	for (let i = from; i < Math.min(to, p.ids.length); i++) {
		const quotes: Record<string, string> = {};
		for (let k = p.reqStart[i]!; k < p.reqStart[i + 1]!; k++)
			quotes[p.head.skills[p.reqSkill[k]!]!.id] = p.quotes[p.reqQuote[k]!]!;
		out[p.ids[i]!] = { responsibilities: p.responsibilities[i]!, quotes };
	}
	return out;
}

/** The words of the roles in details chunk `index` (as `detailsChunk` gives a bundled one's). */
export function packedDetailsChunk(p: PackedDataset, index: number): Record<string, RoleDetails> {
	return detailsBetween(p, index * DETAILS_CHUNK_SIZE, (index + 1) * DETAILS_CHUNK_SIZE);
}

/**
 * The page's shape: every role's core, with requirement objects shared between roles; the words
 * inline for a small dataset, otherwise left to `packedDetailsChunk`.
 */
export function packedPage(p: PackedDataset): PageDataset {
	const shared: CoreRequirement[][] = p.head.skills.map((s) =>
		STRENGTH_IDS.map((strength) => ({ skill: s.id, strength }))
	);
	const roles = p.ids.map((id, i): CoreRole => {
		const requirements: CoreRequirement[] = [];
		for (let k = p.reqStart[i]!; k < p.reqStart[i + 1]!; k++)
			requirements.push(shared[p.reqSkill[k]!]![p.reqStrength[k]!]!);
		return {
			id,
			title: p.titles[i]!,
			salary: { median: p.pay[i]!, source: p.paySource[i]! },
			growth: { percent: p.growth[i]!, source: p.growthSource[i]! },
			requirements
		};
	});
	const all = roles.length <= DETAILS_INLINE_LIMIT;
	return {
		...p.head,
		roles,
		details: all ? detailsBetween(p, 0, roles.length) : {},
		chunkSize: all ? 0 : DETAILS_CHUNK_SIZE
	};
}

/** About how many bytes the dataset holds (its words and numbers), for a list of saved ones. */
export function packedBytes(p: PackedDataset): number {
	const text = (xs: readonly string[]) => xs.reduce((sum, s) => sum + s.length, 0);
	return (
		text(p.ids) +
		text(p.titles) +
		text(p.responsibilities) +
		text(p.quotes) +
		packedBuffers(p).reduce((sum, b) => sum + b.byteLength, 0) +
		JSON.stringify(p.head).length
	);
}
