import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { islands } from './src/lib/islands/plugin.js';

export default defineConfig({
	plugins: [islands(), sveltekit()],
	server: { port: 5173, strictPort: false },
	preview: { port: 4173 },
	// The importer's worker as a module, so what only one kind of file needs (the workbook reader)
	// is a chunk of its own, loaded when such a file is opened.
	worker: { format: 'es' },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/snapshots/**/*.test.ts'],
		environment: 'node',
		// Two cores on CI: keep one worker per core.
		maxWorkers: 2,
		// A hang guard, not a speed check: the heaviest tests (the font subset made again, a
		// 10,000-role scatter built) take 1.5–3.5 s alone, and once went past Vitest's default 5 s
		// on a busy 2-core machine.
		testTimeout: 30_000
	}
});
