// Seeded generator of schema-valid datasets for scale tests and the benchmark.
//   node tests/bench/generate.mjs 10000 [out.json] [--seed=42]
// Skills, categories, sources and meta come from data/roles.json; roles are synthetic but realistic:
// lognormal pay around $130k, growth around 12%, 3 to 12 requirements drawn with category weights.
// The same size and seed always give the same file.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** @param {number} seed */
export function mulberry32(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const LEVELS = ['Junior', 'Associate', '', 'Senior', 'Staff', 'Principal', 'Lead'];
const AREAS = [
	'Machine learning',
	'Data',
	'AI',
	'Software',
	'Analytics',
	'MLOps',
	'Research',
	'Platform',
	'NLP',
	'Computer vision',
	'Business intelligence',
	'Cloud'
];
const KINDS = [
	'engineer',
	'scientist',
	'developer',
	'analyst',
	'architect',
	'specialist',
	'researcher',
	'consultant'
];
const STRENGTHS = ['essential', 'expected', 'familiarity', 'beneficial'];
/** @type {Record<string, number>} */
const CATEGORY_WEIGHT = {
	languages: 0.45,
	platforms: 0.2,
	systems: 0.15,
	knowledge: 0.35,
	education: 0.3
};

/**
 * @param {number} n how many roles
 * @param {number} [seed]
 * @param {any} [base] the dataset whose skills, categories, sources and meta are reused
 */
export function generateDataset(
	n,
	seed = 42,
	base = JSON.parse(readFileSync('data/roles.json', 'utf8'))
) {
	const rand = mulberry32(seed);
	const normal = () => {
		let u = 0;
		while (u === 0) u = rand();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
	};
	/** @type {(xs: string[]) => string} */
	const pick = (xs) => xs[Math.floor(rand() * xs.length)] ?? xs[0] ?? '';
	/** @type {any[]} */
	const roles = [];
	for (let i = 1; i <= n; i++) {
		const title = [pick(LEVELS), pick(AREAS), pick(KINDS)].filter(Boolean).join(' ');
		const salary =
			Math.round(Math.min(400_000, Math.max(40_000, 130_000 * Math.exp(0.25 * normal()))) / 500) *
			500;
		const growth = Math.round(Math.min(60, Math.max(-20, 12 + 9 * normal())));
		const requirements = [];
		for (const skill of base.skills) {
			if (rand() < (CATEGORY_WEIGHT[skill.category] ?? 0.2) * 0.55) {
				const strength = STRENGTHS[Math.min(3, Math.floor(rand() * rand() * 4.5))];
				requirements.push({
					skill: skill.id,
					strength,
					quote: `${title} postings ask for ${skill.label} (${strength}).`
				});
			}
		}
		if (!requirements.length) {
			requirements.push({
				skill: 'programming',
				strength: 'expected',
				quote: `${title} postings ask for programming.`
			});
		}
		const id = `role-${String(i).padStart(6, '0')}`;
		roles.push({
			id,
			title: `${title.charAt(0).toUpperCase()}${title.slice(1)} ${i}`,
			salary: { median: salary, source: 1 },
			growth: { percent: growth, source: 2 },
			requirements,
			responsibilities: `Synthetic role ${i} for scale testing.`
		});
	}
	return {
		meta: {
			...base.meta,
			title: `Synthetic dataset of ${n} roles (seed ${seed})`,
			publisher: 'the benchmark generator (tests/bench/generate.mjs)',
			sourceLine: `Synthetic data, ${n} roles, seed ${seed}: for scale testing only.`
		},
		categories: base.categories,
		skills: base.skills,
		sources: base.sources,
		roles
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
	const seed = Number(args.find((a) => a.startsWith('--seed='))?.slice(7) ?? 42);
	const out = args.find((a) => a.endsWith('.json')) ?? `tests/bench/out/roles-${n}.json`;
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, JSON.stringify(generateDataset(n, seed)));
	console.log(`${out}: ${n} roles (seed ${seed})`);
}
