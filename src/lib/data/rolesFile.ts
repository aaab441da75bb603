/**
 * A big dataset's roles file (see `ROLES_INLINE_LIMIT` in `payload.ts`): written by the build,
 * read by the page when it starts. A module of its own, so the code that reads the file loads only
 * with a dataset that has one. Pure.
 */
import type { CoreRequirement, CoreRole } from './payload';
import { STRENGTH_IDS } from './strength';

/**
 * Every role's core in columns: ids, titles, the four figures, and each role's requirements as
 * numbers (`skill index × 8 + strength index`, in the dataset's `skills` and `STRENGTH_IDS`): at
 * 10,000 generated roles 766 KB where the roles as JSON objects are 3.5 MB; read with one
 * `JSON.parse`.
 */
export interface RolesFile {
	ids: string[];
	titles: string[];
	pay: number[];
	paySource: number[];
	growth: number[];
	growthSource: number[];
	requirements: number[][];
}

/** The roles' core as the roles file holds it. */
export function packRoles(
	roles: readonly CoreRole[],
	skills: readonly { id: string }[]
): RolesFile {
	const skillAt = new Map(skills.map((s, i) => [s.id, i]));
	const code = (r: CoreRequirement) => {
		const skill = skillAt.get(r.skill);
		const strength = STRENGTH_IDS.indexOf(r.strength);
		if (skill === undefined || strength < 0)
			throw new Error(`Requirement ${r.skill} (${r.strength}) is not among the dataset's skills`);
		return skill * 8 + strength;
	};
	return {
		ids: roles.map((r) => r.id),
		titles: roles.map((r) => r.title),
		pay: roles.map((r) => r.salary.median),
		paySource: roles.map((r) => r.salary.source),
		growth: roles.map((r) => r.growth.percent),
		growthSource: roles.map((r) => r.growth.source),
		requirements: roles.map((r) => r.requirements.map(code))
	};
}

/**
 * The roles back from their file (`packRoles`), requirement objects shared between roles. `where`
 * names the file in the message when its contents are not a roles file for these skills.
 */
export function unpackRoles(
	file: unknown,
	skills: readonly { id: string }[],
	where: string
): CoreRole[] {
	const f = file as Partial<RolesFile> | null;
	const n = f?.ids?.length;
	const columns = ['titles', 'pay', 'paySource', 'growth', 'growthSource', 'requirements'] as const;
	const short = n === undefined ? 'ids' : columns.find((c) => f?.[c]?.length !== n);
	if (!f || n === undefined || short)
		throw new Error(
			`${where}: not a roles file (the column “${short ?? 'ids'}” is missing or short)`
		);
	const shared = new Map<number, CoreRequirement>();
	const requirement = (c: number, i: number): CoreRequirement => {
		let r = shared.get(c);
		if (!r) {
			const skill = skills[c >> 3]?.id;
			const strength = STRENGTH_IDS[c & 7];
			if (!skill || !strength)
				throw new Error(`${where}: role ${i + 1} (${f.ids![i]}) asks for an unknown skill (${c})`);
			shared.set(c, (r = { skill, strength }));
		}
		return r;
	};
	return f.ids!.map((id, i) => ({
		id,
		title: f.titles![i]!,
		salary: { median: f.pay![i]!, source: f.paySource![i]! },
		growth: { percent: f.growth![i]!, source: f.growthSource![i]! },
		requirements: f.requirements![i]!.map((c) => requirement(c, i))
	}));
}
