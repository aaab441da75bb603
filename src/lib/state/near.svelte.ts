import { flushSync } from 'svelte';

/**
 * Whether a part of the page is near the viewport, so the work of keeping it current can wait until
 * it is about to be seen. The heatmap and the comparison sit below the first screen: while they are
 * far from it, a filter change leaves their charts as they are, and they catch up before they scroll
 * into view, and before the page is printed. What a reader takes away (the filter's status, the
 * figures' subtitles, the exports, the CSV) is always current.
 */
/** Every part being watched, for `catchUp` (a plain set: nothing reads it reactively). */
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const watched = new Set<NearViewport>();

/**
 * Brings every held part up to date at once, synchronously (a print, a download of every chart);
 * returns the function that lets them wait again while out of sight.
 */
export function catchUp(): () => void {
	for (const part of watched) part.near = true;
	flushSync();
	return () => {
		for (const part of watched) part.rest();
	};
}

export class NearViewport {
	/** True until measured, so the prerendered page and its hydration show everything current. */
	near = $state(true);
	#margin: string;
	/** What the observer last said, for after a print. */
	#seen = true;

	/** How far outside the viewport still counts as near: a CSS margin, half a screen by default. */
	constructor(margin = '50% 0px') {
		this.#margin = margin;
	}

	/** Starts watching `el`; returns the function that stops. Without the element, stays near. */
	observe(el: Element | null): () => void {
		if (!el || typeof IntersectionObserver === 'undefined') return () => {};
		const io = new IntersectionObserver(
			(entries) => {
				const last = entries.at(-1);
				if (last) this.near = this.#seen = last.isIntersecting;
			},
			{ rootMargin: this.#margin }
		);
		io.observe(el);
		// A print (or a PDF) lays out the whole page at once, after this event and before any
		// observer could speak: everything held is brought up to date now, synchronously.
		const beforePrint = () => catchUp();
		const afterPrint = () => this.rest();
		addEventListener('beforeprint', beforePrint);
		addEventListener('afterprint', afterPrint);
		watched.add(this);
		return () => {
			io.disconnect();
			watched.delete(this);
			removeEventListener('beforeprint', beforePrint);
			removeEventListener('afterprint', afterPrint);
		};
	}

	/** Back to what the observer last said (after `catchUp`). */
	rest() {
		this.near = this.#seen;
	}

	/**
	 * `read()` while near; while far, the value it had when last near. Its dependencies are not
	 * tracked while far, so nothing built from them is recomputed until the part comes near.
	 */
	hold<T>(read: () => T): { readonly current: T } {
		let last: { value: T } | null = null;
		const held = $derived.by(() => {
			if (this.near || !last) last = { value: read() };
			return last.value;
		});
		return {
			get current() {
				return held;
			}
		};
	}
}
