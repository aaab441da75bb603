import { describe, expect, it } from 'vitest';
import {
	chunkCount,
	DETAILS_CHUNK_SIZE,
	DETAILS_INLINE_LIMIT,
	detailsChunk,
	ROLES_INLINE_LIMIT,
	toPageDataset,
	type RoleDetails
} from '../../src/lib/data/payload';
import { packRoles, unpackRoles } from '../../src/lib/data/rolesFile';
import type { Dataset } from '../../src/lib/data/schema';
import { DetailsStore, fetchDetails, type DetailsFetch } from '../../src/lib/state/details.svelte';
import { loadSeedDataset } from '../helpers/dataset';

const data = loadSeedDataset();
const big = async (n: number): Promise<Dataset> => {
	const { generateDataset } = await import('../bench/generate.mjs');
	return generateDataset(n, 7, JSON.parse(JSON.stringify(data)));
};

describe('toPageDataset', () => {
	const page = toPageDataset(data);

	it('keeps every figure the charts use, and only those', () => {
		const mle = page.roles.find((r) => r.id === 'machine-learning-engineer')!;
		expect(mle).toEqual({
			id: 'machine-learning-engineer',
			title: 'Machine learning engineer',
			salary: { median: 161000, source: 1 },
			growth: { percent: 20, source: 2 },
			requirements: data.roles[0]!.requirements.map(({ skill, strength }) => ({ skill, strength }))
		});
		expect(mle.requirements.slice(0, 4).map((r) => `${r.skill}:${r.strength}`)).toEqual([
			'statistics:essential',
			'mathematics:essential',
			'cpp:essential',
			'python:essential'
		]);
		expect(page.roles).toHaveLength(7);
		expect(page.skills).toBe(data.skills);
	});

	it('shares one object per skill and strength between roles', () => {
		const python = (id: string) =>
			page.roles.find((r) => r.id === id)!.requirements.find((q) => q.skill === 'python');
		expect(python('data-scientist')).toBe(python('machine-learning-engineer'));
		expect(python('ai-engineer')).not.toBe(python('data-scientist')); // expected, not essential
	});

	it('sends a small dataset’s words with the page', () => {
		expect(page.chunkSize).toBe(0);
		expect(Object.keys(page.details)).toHaveLength(7);
		expect(page.details['software-engineer']!.quotes.sql).toBe(
			'at a minimum, a familiarity with Linux/Unix, Perl, Shell, and SQL'
		);
		expect(page.details['machine-learning-engineer']!.responsibilities).toMatch(
			/^A machine learning engineer is a programmer who develops AI systems/
		);
		expect(chunkCount(7)).toBe(0);
	});

	it('above the limit, sends only the named roles’ words and splits the rest into chunks', async () => {
		const d = await big(1000);
		const p = toPageDataset(d, [d.roles[5]!.id, 'no-such-role']);
		expect(p.chunkSize).toBe(DETAILS_CHUNK_SIZE);
		expect(Object.keys(p.details)).toEqual([d.roles[5]!.id]);
		expect(chunkCount(1000)).toBe(Math.ceil(1000 / DETAILS_CHUNK_SIZE));
		expect(chunkCount(DETAILS_INLINE_LIMIT)).toBe(0);
		const all = Object.assign(
			{},
			...Array.from({ length: chunkCount(1000) }, (_, i) => detailsChunk(d, i))
		);
		expect(Object.keys(all)).toEqual(d.roles.map((r) => r.id));
		const third = d.roles[DETAILS_CHUNK_SIZE * 3 + 7]!;
		expect(Object.keys(detailsChunk(d, 3))).toContain(third.id);
		expect(all[third.id].quotes[third.requirements[0]!.skill]).toBe(third.requirements[0]!.quote);
		// No quote travels in the page's core.
		expect(JSON.stringify(p.roles)).not.toContain(third.requirements[0]!.quote);
	});
});

describe('DetailsStore', () => {
	const fakeFetch = (d: Dataset, fail = new Set<number>()) => {
		const calls: string[] = [];
		const fetcher: DetailsFetch = async (url) => {
			calls.push(url);
			const chunk = Number(url.match(/(\d+)\.json$/)![1]);
			if (fail.has(chunk)) return { ok: false, status: 404, json: async () => ({}) };
			return { ok: true, status: 200, json: async () => detailsChunk(d, chunk) };
		};
		return { calls, fetcher };
	};

	it('answers inline words at once, without fetching', async () => {
		const { calls, fetcher } = fakeFetch(data);
		const store = new DetailsStore(
			toPageDataset(data),
			fetchDetails((c) => `/details/${c}.json`, fetcher)
		);
		expect(store.quote('data-scientist', 'kafka')).toMatch(/Kafka/);
		await store.request(['data-scientist', 'ai-engineer']);
		expect(calls).toEqual([]);
	});

	it('fetches a chunk once for every role in it, and ignores unknown ids', async () => {
		const d = await big(1000);
		const { calls, fetcher } = fakeFetch(d);
		const store = new DetailsStore(
			toPageDataset(d),
			fetchDetails((c) => `/details/${c}.json`, fetcher)
		);
		const [a, b, c] = [d.roles[210]!, d.roles[250]!, d.roles[999]!];
		expect(store.peek(a.id)).toBeUndefined();
		await Promise.all([store.request([a.id, 'nope']), store.request([b.id, c.id])]);
		expect(calls.sort()).toEqual(['/details/2.json', '/details/9.json']);
		const want: RoleDetails = detailsChunk(d, 9)[c.id]!;
		expect(store.peek(c.id)).toEqual(want);
		expect(store.quote(b.id, b.requirements[0]!.skill)).toBe(b.requirements[0]!.quote);
		await store.request([a.id]);
		expect(calls).toHaveLength(2);
	});

	it('reports a failed fetch in words and tries again on the next request', async () => {
		const d = await big(400);
		const fail = new Set([1]);
		const { calls, fetcher } = fakeFetch(d, fail);
		const store = new DetailsStore(
			toPageDataset(d),
			fetchDetails((c) => `/details/${c}.json`, fetcher)
		);
		const role = d.roles[150]!;
		await expect(store.request([role.id])).rejects.toThrow('/details/1.json: HTTP 404');
		expect(store.error).toMatch(/could not be loaded .*HTTP 404/);
		fail.clear();
		await store.request([role.id]);
		expect(store.error).toBeNull();
		expect(store.peek(role.id)?.responsibilities).toBe(role.responsibilities);
		expect(calls).toEqual(['/details/1.json', '/details/1.json']);
	});
});

describe('the roles file (a big dataset’s roles beside the page)', () => {
	const page = toPageDataset(data);

	it('gives back every role as the page has it, requirements shared between roles', () => {
		const file = packRoles(page.roles, page.skills);
		expect(file.ids).toHaveLength(7);
		expect(file.pay[0]).toBe(161000);
		expect(file.growth[file.ids.indexOf('data-scientist')]).toBe(34);
		const back = unpackRoles(JSON.parse(JSON.stringify(file)), page.skills, 'roles/x.json');
		expect(back).toEqual(page.roles);
		// Python, essential: one object for every role that asks for it so.
		const python = back.flatMap((r) => r.requirements).filter((r) => r.skill === 'python');
		expect(new Set(python.filter((r) => r.strength === 'essential')).size).toBe(1);
	});

	it('is several times smaller than the roles as objects', async () => {
		const roles = toPageDataset(await big(2000)).roles;
		const objects = JSON.stringify(roles).length;
		const columns = JSON.stringify(packRoles(roles, data.skills)).length;
		expect(columns * 3).toBeLessThan(objects);
		expect(ROLES_INLINE_LIMIT).toBe(DETAILS_INLINE_LIMIT);
	});

	it('names the file and the place when it is not a roles file for these skills', () => {
		const file = packRoles(page.roles, page.skills);
		expect(() => unpackRoles({ ids: ['a'] }, page.skills, 'roles/x.json')).toThrow(
			'roles/x.json: not a roles file (the column “titles” is missing or short)'
		);
		expect(() => unpackRoles(null, page.skills, 'roles/x.json')).toThrow(
			'roles/x.json: not a roles file (the column “ids” is missing or short)'
		);
		const wrong = {
			...file,
			requirements: [[page.skills.length * 8], ...file.requirements.slice(1)]
		};
		expect(() => unpackRoles(wrong, page.skills, 'roles/x.json')).toThrow(
			'roles/x.json: role 1 (machine-learning-engineer) asks for an unknown skill'
		);
		expect(() =>
			packRoles(
				[{ ...page.roles[0]!, requirements: [{ skill: 'cobol', strength: 'essential' }] }],
				page.skills
			)
		).toThrow('Requirement cobol (essential) is not among the dataset');
	});
});
