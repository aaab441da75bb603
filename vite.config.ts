import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { islands } from './src/lib/islands/plugin.js';

export default defineConfig({
	plugins: [islands(), sveltekit()],
	server: { port: 5173, strictPort: false },
	preview: { port: 4173 },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/snapshots/**/*.test.ts'],
		environment: 'node',
		// Two cores on CI: keep one worker per core.
		maxWorkers: 2
	}
});
