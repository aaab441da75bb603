import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { NearViewport } from '../../src/lib/state/near.svelte';

describe('NearViewport.hold', () => {
	it('follows its source while near, keeps the last value while far, catches up when near again', () => {
		const cleanup = $effect.root(() => {
			let filter = $state(['python']);
			let reads = 0;
			const near = new NearViewport();
			const held = near.hold(() => {
				reads++;
				return filter.join('+');
			});
			expect(held.current).toBe('python');

			filter = ['python', 'sql'];
			flushSync();
			expect(held.current).toBe('python+sql');

			near.near = false;
			filter = ['kafka'];
			flushSync();
			const before = reads;
			expect(held.current).toBe('python+sql');
			filter = ['kafka', 'r'];
			flushSync();
			expect(held.current).toBe('python+sql');
			// While far, the source is not read at all: nothing built from it is recomputed.
			expect(reads).toBe(before);

			near.near = true;
			flushSync();
			expect(held.current).toBe('kafka+r');
		});
		cleanup();
	});

	it('stays near (and holds nothing back) without an element or an IntersectionObserver', () => {
		const near = new NearViewport();
		const stop = near.observe(null);
		expect(near.near).toBe(true);
		stop();
	});
});
