import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/lib/data/import';
import {
	packDataset,
	packedBuffers,
	packedDetailsChunk,
	packedPage,
	unpackDataset,
	unpackRole
} from '../../src/lib/data/packed';
import { parseDataset } from '../../src/lib/data/parse';
import { detailsChunk, toPageDataset } from '../../src/lib/data/payload';
import { generateDataset } from '../bench/generate.mjs';
import { loadSeedDataset } from '../helpers/dataset';

// 1,000 generated roles (the benchmark's generator, seeded), checked like any dataset.
const big = () => parseDataset(JSON.stringify(generateDataset(1000)), 'generated 1,000 roles');

describe('a dataset in columns', () => {
	it('is the same dataset unpacked, with the optional words a JSON file may carry', () => {
		const seed = loadSeedDataset();
		const back = unpackDataset(packDataset(seed));
		expect(back).toEqual(seed);
		// The seed's roles carry quotes for their pay and growth, and the requirements as written.
		expect(back.roles.find((r) => r.id === seed.roles[0]!.id)!.salary).toEqual(
			seed.roles[0]!.salary
		);
		expect(unpackDataset(packDataset(big()))).toEqual(big());
	});

	it('is the same dataset for anything the importer makes', () => {
		const cell = fc.oneof(fc.string(), fc.constantFrom('$161,000', '20%', 'x', 'essential', ''));
		fc.assert(
			fc.property(
				fc.array(fc.array(cell, { minLength: 4, maxLength: 5 }), { minLength: 1, maxLength: 10 }),
				(rows) => {
					const text = [['Role', 'Pay', 'Growth', 'Skills', 'Tick'], ...rows]
						.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(','))
						.join('\n');
					const { dataset } = importText(text, 'any.csv');
					if (dataset) expect(unpackDataset(packDataset(dataset))).toEqual(dataset);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('keeps a quote many requirements share once', () => {
		const { dataset } = importText(
			['Role,Pay,Growth,Skills', 'A,100000,5,Python; SQL', 'B,90000,3,Python'].join('\n'),
			'x.csv'
		);
		const packed = packDataset(dataset!);
		expect(packed.quotes).toEqual(['Skills: Python', 'Skills: SQL']);
		expect([...packed.reqQuote]).toEqual([0, 1, 0]);
		expect([...packed.pay]).toEqual([100000, 90000]);
		expect(unpackRole(packed, 1).title).toBe('B');
	});

	it('hands over its numbers as buffers', () => {
		const packed = packDataset(loadSeedDataset());
		const buffers = packedBuffers(packed);
		expect(buffers).toHaveLength(8);
		expect(buffers.every((b) => b instanceof ArrayBuffer)).toBe(true);
		// Survives a structured clone (a worker's message, IndexedDB) whole.
		expect(unpackDataset(structuredClone(packed))).toEqual(loadSeedDataset());
	});

	it('gives the page what the build gives it: a small dataset with every word inline', () => {
		const seed = loadSeedDataset();
		const page = packedPage(packDataset(seed));
		expect(page).toEqual(
			toPageDataset(
				seed,
				seed.roles.map((r) => r.id)
			)
		);
		expect(page.chunkSize).toBe(0);
		// Requirement objects are shared between roles, as the build's are.
		const python = page.roles.flatMap((r) =>
			r.requirements.filter((q) => q.skill === 'python' && q.strength === 'essential')
		);
		expect(python.length).toBeGreaterThan(1);
		expect(new Set(python).size).toBe(1);
	});

	it('gives a big dataset its words a chunk at a time, the chunks the build writes', () => {
		const data = big();
		const packed = packDataset(data);
		const page = packedPage(packed);
		expect(page.details).toEqual({});
		expect(page.chunkSize).toBe(100);
		expect(page.roles).toEqual(toPageDataset(data).roles);
		expect(packedDetailsChunk(packed, 3)).toEqual(detailsChunk(data, 3));
		expect(Object.keys(packedDetailsChunk(packed, 9))).toHaveLength(100);
		expect(packedDetailsChunk(packed, 10)).toEqual({});
	});
});
