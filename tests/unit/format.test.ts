import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds, compareText } from '../../src/lib/data/format';

describe('compareIds', () => {
	it('orders ids (lowercase slugs) as the collator does', () => {
		const slug = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
		fc.assert(
			fc.property(slug, slug, (a, b) => {
				expect(Math.sign(compareIds(a, b))).toBe(Math.sign(compareText(a, b)));
			}),
			{ numRuns: 2000 }
		);
		expect(
			['data-scientist', 'ai-engineer', 'data-analyst-2', 'data-analyst'].sort(compareIds)
		).toEqual(['ai-engineer', 'data-analyst', 'data-analyst-2', 'data-scientist']);
	});
});
