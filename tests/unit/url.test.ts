import fc from 'fast-check';
import { MAX_COMPARE } from '../../src/lib/data/comparison';
import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW, parseView, serialiseView, type ViewState } from '../../src/lib/state/url';
import { loadSeedDataset } from '../helpers/dataset';

const data = loadSeedDataset();
const known = {
	skills: new Set(data.skills.map((s) => s.id)),
	roles: new Set(data.roles.map((r) => r.id))
};
const skillIds = [...known.skills];
const roleIds = [...known.roles];

describe('parseView', () => {
	it.each([
		{ search: '', state: EMPTY_VIEW, ignored: [] },
		{
			search: '?skills=python,sql&match=all',
			state: { skills: ['python', 'sql'], match: 'all', compare: [] },
			ignored: []
		},
		{
			search: 'skills=python&skills=sql',
			state: { skills: ['python', 'sql'], match: 'any', compare: [] },
			ignored: []
		},
		{
			search: '?skills=Python,%20SQL%20',
			state: { skills: ['python', 'sql'], match: 'any', compare: [] },
			ignored: []
		},
		{
			search: '?skills=python,cobol,python,,&match=most',
			state: { skills: ['python'], match: 'any', compare: [] },
			ignored: [
				'unknown skill “cobol”',
				'repeated skill “python”',
				'2 empty skills',
				'match mode “most” (expected “all” or “any”)'
			]
		},
		{
			search: '?skills=%3Cscript%3Ealert(1)%3C/script%3E,sql',
			state: { skills: ['sql'], match: 'any', compare: [] },
			ignored: ['unknown skill “<script>alert(1)</script>”']
		},
		{
			search: '?compare=data-scientist,ai-engineer',
			state: { skills: [], match: 'any', compare: ['data-scientist', 'ai-engineer'] },
			ignored: []
		},
		{
			search: `?compare=${roleIds.slice(0, 6).join(',')}`,
			state: { skills: [], match: 'any', compare: roleIds.slice(0, MAX_COMPARE) },
			ignored: [`role “${roleIds[4]}” (at most 4)`, `role “${roleIds[5]}” (at most 4)`]
		},
		{
			search: '?utm_source=x&skills=r',
			state: { skills: ['r'], match: 'any', compare: [] },
			ignored: []
		}
	])('$search', ({ search, state, ignored }) => {
		const parsed = parseView(search, known);
		expect(parsed.state).toEqual(state);
		expect(parsed.ignored).toEqual(ignored);
	});

	it('shortens long garbage in the notice', () => {
		const { ignored } = parseView(`?skills=${'x'.repeat(500)}`, known);
		expect(ignored[0]!.length).toBeLessThan(60);
	});

	it('does not mutate its input', () => {
		const params = new URLSearchParams('skills=python,sql');
		parseView(params, known);
		expect(params.toString()).toBe('skills=python%2Csql');
	});
});

describe('serialiseView', () => {
	it.each([
		{ state: EMPTY_VIEW, expected: '' },
		{
			state: { skills: ['python', 'sql'], match: 'all', compare: [] },
			expected: '?skills=python,sql&match=all'
		},
		{ state: { skills: ['python'], match: 'any', compare: [] }, expected: '?skills=python' },
		{
			state: { skills: [], match: 'any', compare: ['data-scientist', 'ai-engineer'] },
			expected: '?compare=data-scientist,ai-engineer'
		}
	] as Array<{ state: ViewState; expected: string }>)('$expected', ({ state, expected }) => {
		expect(serialiseView(state)).toBe(expected);
	});
});

describe('properties', () => {
	const validState = fc.record({
		skills: fc.uniqueArray(fc.constantFrom(...skillIds), { maxLength: skillIds.length }),
		match: fc.constantFrom('all' as const, 'any' as const),
		compare: fc.uniqueArray(fc.constantFrom(...roleIds), { maxLength: MAX_COMPARE })
	});

	it('parse ∘ serialise is the identity on valid states', () => {
		fc.assert(
			fc.property(validState, (state) => {
				const parsed = parseView(serialiseView(state), known);
				expect(parsed.state).toEqual(state);
				expect(parsed.ignored).toEqual([]);
			}),
			{ numRuns: 500 }
		);
	});

	it('never throws on hostile strings, and only returns known ids', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (junk) => {
				for (const search of [
					junk,
					`?skills=${junk}`,
					`?skills=${encodeURIComponent(junk)}&match=${junk}`,
					`?compare=${junk}`
				]) {
					const { state, ignored } = parseView(search, known);
					expect(state.skills.every((s) => known.skills.has(s))).toBe(true);
					expect(state.compare.every((r) => known.roles.has(r))).toBe(true);
					expect(['all', 'any']).toContain(state.match);
					expect(new Set(state.skills).size).toBe(state.skills.length);
					for (const line of ignored) expect(line.length).toBeLessThan(80);
				}
			}),
			{ numRuns: 500 }
		);
	});

	it('keeps every valid id it is given, whatever junk surrounds it', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.constantFrom(...skillIds), { minLength: 1 }),
				fc.array(
					fc
						.string({ maxLength: 12 })
						.filter((s) => !s.includes(',') && !known.skills.has(s.trim().toLowerCase()))
				),
				(good, junk) => {
					const mixed = [...junk, ...good].map(encodeURIComponent).join(',');
					expect(parseView(`?skills=${mixed}`, known).state.skills).toEqual(good);
				}
			),
			{ numRuns: 300 }
		);
	});
});
