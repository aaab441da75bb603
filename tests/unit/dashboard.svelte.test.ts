import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { toPageDataset } from '../../src/lib/data/payload';
import { DashboardState, type ViewSource } from '../../src/lib/state/dashboard.svelte';
import { EMPTY_VIEW, type ViewState } from '../../src/lib/state/url';
import { ViewStore, type ViewHistory } from '../../src/lib/state/view.svelte';
import { loadSeedDataset } from '../helpers/dataset';

const data = toPageDataset(loadSeedDataset());

/** A view held in plain state, as the dashboard reads it (the page uses a `ViewStore`). */
function plainView(start: Partial<ViewState> = {}): ViewSource {
	let v = $state<ViewState>({ ...EMPTY_VIEW, ...start });
	return {
		get skills() {
			return v.skills;
		},
		get match() {
			return v.match;
		},
		get compare() {
			return v.compare;
		},
		update(patch) {
			v = { ...v, ...patch };
		}
	};
}

/** Runs `fn` inside an effect root (deriveds and effects need one), then cleans up. */
function headless(fn: () => void) {
	const cleanup = $effect.root(fn);
	cleanup();
}

describe('DashboardState on the seed', () => {
	it.each([
		{
			view: {},
			status: 'All 7 roles shown. Tick skills to see which roles ask for them.',
			summary: 'No skills ticked · 7 roles',
			phrase: '',
			highlighted: '',
			shown: 7
		},
		{
			view: { skills: ['python', 'sql'] },
			status: '4 of 7 roles match Python or SQL',
			summary: 'Python, SQL · any of · 4 of 7 roles',
			phrase: 'Roles asking for Python or SQL',
			highlighted:
				'4 of 7 roles ask for Python or SQL: Machine learning engineer, Data scientist, AI engineer and Software engineer.',
			shown: 4
		},
		{
			view: { skills: ['python', 'sql'], match: 'all' as const },
			status: '2 of 7 roles match Python and SQL',
			summary: 'Python, SQL · all of · 2 of 7 roles',
			phrase: 'Roles asking for Python and SQL',
			highlighted: '2 of 7 roles ask for Python and SQL: Data scientist and Software engineer.',
			shown: 2
		},
		{
			view: { skills: ['kafka', 'perl'], match: 'all' as const },
			status: '0 of 7 roles match Kafka and Perl',
			summary: 'Kafka, Perl · all of · 0 of 7 roles',
			phrase: 'Roles asking for Kafka and Perl',
			highlighted: 'None of the 7 roles ask for Kafka and Perl.',
			shown: 0
		}
	])('status, summary, phrase and count for $view', (expected) => {
		const { view, status, summary, phrase, highlighted, shown } = expected;
		headless(() => {
			const d = new DashboardState(data, plainView(view));
			expect(d.status).toBe(status);
			expect(d.summary.join(' · ')).toBe(summary);
			expect(d.filterPhrase).toBe(phrase);
			expect(d.highlighted).toBe(highlighted);
			expect(d.shownCount).toBe(shown);
			expect(d.filtering).toBe(phrase !== '');
			expect(d.matching === null).toBe(phrase === '');
		});
	});

	it('follows the view: ranking, captions and matches change with the filter', () => {
		headless(() => {
			const view = plainView();
			const d = new DashboardState(data, view);
			expect(d.caption('Requirements by role')).toBe('Requirements by role: all 7 roles');
			expect(d.ranking.every((r) => r.matched === 0)).toBe(true);

			view.update({ skills: ['python', 'sql', 'r'] });
			flushSync();
			expect(d.ranking.slice(0, 2).map((r) => [r.title, r.matched, r.total])).toEqual([
				['Data scientist', 3, 3],
				['Software engineer', 2, 3]
			]);
			expect(d.caption('Requirements by role')).toBe(
				'Requirements by role: the 4 of 7 roles asking for Python, SQL or R'
			);
			// Seven roles fit the ten places: no note on ties.
			expect(d.rankingTie).toBeNull();
			expect(d.tableMatches?.get('data-scientist')?.matched).toBe(3);
		});
	});

	it('says when the last places of the ranking are shared by more roles than it lists', () => {
		headless(() => {
			// Twelve copies of the seed's roles: 84 roles, ten places.
			const many = {
				...data,
				roles: Array.from({ length: 12 }, (_, k) =>
					data.roles.map((r) => ({ ...r, id: `${r.id}-${k}`, title: `${r.title} ${k}` }))
				).flat()
			};
			const d = new DashboardState(many, plainView({ skills: ['python', 'sql'], match: 'all' }));
			expect(d.ranking).toHaveLength(10);
			// 24 roles ask for both (the data scientists and software engineers); ten are listed.
			expect(d.rankingTie).toEqual({ count: 24, matched: 2, total: 2 });
		});
	});

	it('compares the reader’s roles, or a default pair that says so; at most four', () => {
		headless(() => {
			const view = plainView();
			const d = new DashboardState(data, view);
			expect(d.comparison).toMatchObject({
				ids: ['machine-learning-engineer', 'data-scientist'],
				isDefault: true
			});
			for (const id of [
				'ai-engineer',
				'software-engineer',
				'data-scientist',
				'software-developer',
				'computational-linguist'
			])
				d.toggleCompare(id);
			flushSync();
			expect(view.compare).toEqual([
				'ai-engineer',
				'software-engineer',
				'data-scientist',
				'software-developer'
			]);
			expect(d.comparison.isDefault).toBe(false);
			expect([...d.compared]).toEqual(view.compare);
			d.toggleCompare('software-engineer');
			flushSync();
			expect(d.comparison.ids).toEqual(['ai-engineer', 'data-scientist', 'software-developer']);
		});
	});

	it('takes its words from the dataset', () => {
		headless(() => {
			const d = new DashboardState(data, plainView());
			expect(d.words.headline).toBe(
				'Which machine-learning role pays, grows, and fits your skills?'
			);
			expect(d.words.payAxis).toBe('Median total pay (USD, April 2026)');
			expect(d.words.charts.scatter.title).toBe('Median pay against projected job growth');
			const other = new DashboardState(
				{
					...data,
					meta: {
						...data.meta,
						headline: undefined,
						pay: { name: 'Median annual wage' },
						growth: { name: 'Employment change', short: 'Change' }
					},
					context: undefined
				},
				plainView()
			);
			expect(other.words.headline).toBe(data.meta.title);
			expect(other.words.payAxis).toBe('Median annual wage (USD, April 2026)');
			expect(other.words.charts.scatter.title).toBe('Median annual wage against employment change');
			expect(other.words.pay.column).toBe('median_annual_wage');
			expect(other.scatterSummary).toMatch(
				/^7 roles plotted by median annual wage against employment change\./
			);
		});
	});

	it('does not change the dataset it is given', () => {
		const before = JSON.stringify(data);
		headless(() => {
			const d = new DashboardState(data, plainView({ skills: ['python'], compare: ['r'] }));
			void [d.status, d.ranking, d.comparison, d.caption('x')];
		});
		expect(JSON.stringify(data)).toBe(before);
	});
});

/** A history kept in an array, as the browser keeps it: push, replace, Back and Forward. */
function fakeHistory(path = '/') {
	const entries = $state<Array<{ url: string; view: ViewState | undefined }>>([
		{ url: path, view: undefined }
	]);
	let at = $state(0);
	const pending: Array<() => void> = [];
	const history: ViewHistory = {
		entry: () => entries[at]?.view,
		push(url, view) {
			entries.splice(at + 1, Infinity, { url, view });
			at++;
		},
		replace(url, view) {
			entries[at] = { url, view };
		},
		path: () => path,
		later: (fn) => void pending.push(fn)
	};
	return {
		history,
		url: () => entries[at]!.url,
		length: () => entries.length,
		back: () => void (at = Math.max(0, at - 1)),
		forward: () => void (at = Math.min(entries.length - 1, at + 1)),
		/** Draws a frame: what waits for the screen runs. */
		frame: () => pending.splice(0).forEach((fn) => fn())
	};
}

const known = () => ({
	skills: new Set(data.skills.map((s) => s.id)),
	roles: new Set(data.roles.map((r) => r.id))
});

describe('ViewStore history', () => {
	it('reads the opening link, tidies it, and says what it ignored', () => {
		headless(() => {
			const h = fakeHistory();
			const store = new ViewStore(known, h.history);
			store.readUrl(new URL('http://x/?skills=python,cobol&match=all'));
			expect(store.skills).toEqual(['python']);
			expect(store.match).toBe('all');
			expect(store.ignored).toEqual(['unknown skill “cobol”']);
			expect(h.url()).toBe('?skills=python&match=all');
			expect(h.length()).toBe(1);
		});
	});

	it('shows a change at once and writes its history entry once it is on screen', () => {
		headless(() => {
			const h = fakeHistory();
			const store = new ViewStore(known, h.history);
			store.readUrl(new URL('http://x/'));
			store.update({ skills: ['python'] });
			expect(store.skills).toEqual(['python']);
			expect(h.length()).toBe(1);
			h.frame();
			flushSync();
			expect(h.url()).toBe('?skills=python');
			expect(h.length()).toBe(2);
		});
	});

	it('Back and Forward step through views; clicks quicker than a frame keep the newest', () => {
		headless(() => {
			const h = fakeHistory();
			const store = new ViewStore(known, h.history);
			store.readUrl(new URL('http://x/'));
			store.update({ skills: ['python'] });
			h.frame();
			flushSync();
			// Two clicks within one frame: the first entry, written late, does not pull the screen back.
			store.update({ skills: ['python', 'kafka'] });
			store.update({ skills: ['python', 'kafka', 'r'] });
			h.frame();
			flushSync();
			expect(store.skills).toEqual(['python', 'kafka', 'r']);
			expect(h.url()).toBe('?skills=python,kafka,r');

			h.back();
			flushSync();
			expect(store.skills).toEqual(['python', 'kafka']);
			h.back();
			h.back();
			flushSync();
			expect(store.skills).toEqual([]);
			h.forward();
			flushSync();
			expect(store.skills).toEqual(['python']);
		});
	});

	it('writes nothing for a change to the view already shown', () => {
		headless(() => {
			const h = fakeHistory();
			const store = new ViewStore(known, h.history);
			store.readUrl(new URL('http://x/?skills=sql'));
			store.update({ skills: ['sql'] });
			h.frame();
			expect(h.length()).toBe(1);
		});
	});
});
