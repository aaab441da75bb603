import { describe, expect, it } from 'vitest';
import { chunkOf, pageOf, staticallyReached } from '../../src/lib/islands/plugin.js';

/**
 * A small module graph shaped like SvelteKit's client build: the layout's node, the dashboard's
 * node and an embed page's node are entries; `static` imports only (an island is not an importer).
 */
const imports: Record<string, string[]> = {
	'nodes/0.js': ['/p/src/routes/+layout.svelte'],
	'nodes/2.js': ['/p/src/routes/+page.svelte'],
	'nodes/3.js': ['/p/src/routes/embed/[chart]/+page.svelte'],
	'/p/src/routes/+layout.svelte': ['svelte'],
	'/p/src/routes/+page.svelte': ['svelte', 'SkillFilter', 'state'],
	'/p/src/routes/embed/[chart]/+page.svelte': ['svelte', 'state', 'embedHeight'],
	SkillFilter: ['svelte'],
	state: ['svelte'],
	embedHeight: [],
	svelte: [],
	HeatmapSection: ['svelte']
};
const entries = new Set(['nodes/0.js', 'nodes/2.js', 'nodes/3.js']);
const graph = {
	getModuleInfo: (id: string) =>
		id in imports
			? {
					isEntry: entries.has(id),
					importedIds: imports[id]!,
					importers: Object.keys(imports).filter((m) => imports[m]!.includes(id))
				}
			: null
};
const known = { dashboard: new Map(), embed: new Map(), every: new Map() };
const group = (id: string) =>
	chunkOf((kind) => staticallyReached(id, graph, known[kind], (info) => pageOf(info) === kind));

describe('the islands plugin’s chunks', () => {
	it('puts what only the dashboard imports in its start, what pages share in a shared chunk', () => {
		expect(group('SkillFilter')).toBe('start');
		expect(group('/p/src/routes/+page.svelte')).toBe('start');
		expect(group('state')).toBe('shared');
		expect(group('svelte')).toBe('shared');
		expect(group('/p/src/routes/+layout.svelte')).toBe('shared');
	});

	it('leaves what only an embed page or an island reaches to the bundler', () => {
		expect(group('embedHeight')).toBeNull();
		expect(group('HeatmapSection')).toBeNull();
	});
});
