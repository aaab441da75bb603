/**
 * What the page is sent, as opposed to what the dataset file holds. The charts need, for every role,
 * only its id, title, pay, growth and which skills it asks for how strongly; the source's own words
 * (quotes, responsibilities) are read one role at a time, in a tooltip, a comparison or a table. So the
 * page gets a compact core for every role, and the words ("details") either inline, for a small
 * dataset, or in chunk files fetched when a role's words are first needed. Requirement objects are
 * shared between roles (`{ skill, strength }` has few distinct values), which the page's serialiser
 * keeps as shared references: a dataset of thousands of roles costs a fraction of its file size.
 * Pure: used by the server (to build the payload and the chunk files) and the browser (to find them).
 */
import type { Dataset, Requirement, Role } from './schema';

/** Up to this many roles, every role's details travel with the page. */
export const DETAILS_INLINE_LIMIT = 300;
/** Roles per details chunk file, for datasets above the limit. */
export const DETAILS_CHUNK_SIZE = 100;
/**
 * Above this many roles the roles' core travels in a file of its own beside the page (`RolesFile`),
 * fetched as the page starts, rather than written into the page: the page's first paint then waits
 * for the page alone (see `docs/decisions.md`).
 */
export const ROLES_INLINE_LIMIT = DETAILS_INLINE_LIMIT;

export type CoreRequirement = Pick<Requirement, 'skill' | 'strength'>;

/** A role as the charts use it. A full `Role` from the schema is one too. */
export interface CoreRole {
	id: string;
	title: string;
	salary: { median: number; source: number };
	growth: { percent: number; source: number };
	requirements: readonly CoreRequirement[];
}

/** A role's words from the source: what it involves, and each requirement as worded. */
export interface RoleDetails {
	responsibilities: string;
	/** skill id → the source's wording of that requirement. */
	quotes: Record<string, string>;
}

export interface PageDataset extends Omit<Dataset, 'roles'> {
	roles: CoreRole[];
	/** Details of the roles sent inline: all of them, or (above the limit) the default comparison's. */
	details: Record<string, RoleDetails>;
	/** Roles per details chunk file; 0 when every role's details are inline. */
	chunkSize: number;
	/**
	 * Where the roles are, from the site's root, when they are not inline (`roles` is then empty
	 * as sent, and filled by the page's load before anything is drawn: see `rolesFile.ts`).
	 */
	rolesFile?: string;
}

export function detailsOf(role: Role): RoleDetails {
	return {
		responsibilities: role.responsibilities,
		quotes: Object.fromEntries(role.requirements.map((r) => [r.skill, r.quote]))
	};
}

/**
 * The page's payload. `inline` names roles whose details go with the page even above the limit
 * (the comparison shown before any choice), so the prerendered page and the running one agree.
 */
export function toPageDataset(data: Dataset, inline: readonly string[] = []): PageDataset {
	const shared = new Map<string, CoreRequirement>();
	const requirement = (r: Requirement): CoreRequirement => {
		const key = `${r.skill}|${r.strength}`;
		let core = shared.get(key);
		if (!core) shared.set(key, (core = { skill: r.skill, strength: r.strength }));
		return core;
	};
	const all = data.roles.length <= DETAILS_INLINE_LIMIT;
	const keep = new Set(inline);
	const details: Record<string, RoleDetails> = {};
	const roles = data.roles.map((role): CoreRole => {
		if (all || keep.has(role.id)) details[role.id] = detailsOf(role);
		return {
			id: role.id,
			title: role.title,
			salary: { median: role.salary.median, source: role.salary.source },
			growth: { percent: role.growth.percent, source: role.growth.source },
			requirements: role.requirements.map(requirement)
		};
	});
	const { meta, categories, skills, sources, context } = data;
	return {
		meta,
		categories,
		skills,
		sources,
		...(context ? { context } : {}),
		roles,
		details,
		chunkSize: all ? 0 : DETAILS_CHUNK_SIZE
	};
}

/** How many details chunk files a dataset has (none when they are all inline). */
export function chunkCount(roleCount: number): number {
	return roleCount <= DETAILS_INLINE_LIMIT ? 0 : Math.ceil(roleCount / DETAILS_CHUNK_SIZE);
}

/** The details of the roles in chunk `index` (dataset order), as the chunk file holds them. */
export function detailsChunk(data: Dataset, index: number): Record<string, RoleDetails> {
	const from = index * DETAILS_CHUNK_SIZE;
	return Object.fromEntries(
		data.roles.slice(from, from + DETAILS_CHUNK_SIZE).map((r) => [r.id, detailsOf(r)])
	);
}
