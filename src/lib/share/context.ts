/**
 * What a page tells its figures. How to share (set by the dashboard; an embed page sets nothing, so
 * its figure has no share menu): how to write the current view as a query string, the address the
 * site is served from, the dataset's words, and whether the data on screen is the reader's own (a
 * link then opens the site's data, which the menu says). And whether the figure is the page itself
 * (an embed page), so its title is the page's heading.
 */
import { getContext, setContext } from 'svelte';
import type { Words } from '$lib/data/words';

export interface ShareSource {
	/** The view on screen as a query string (`serialiseView`), '' for the default view. */
	search(): string;
	/** The site's address: origin and base path, no trailing slash. */
	site(): string;
	/** The name of the dataset the reader opened, or null for the site's own data. */
	ownData(): string | null;
	/** The dataset's words: the charts' titles for the embed's iframe and the share sheet. */
	words(): Words;
}

const KEY = Symbol('share');
const EMBEDDED = Symbol('embedded');

/** Says that the page is one chart alone (an embed page): its title is the page's heading. */
export function setEmbedded() {
	setContext(EMBEDDED, true);
}

export function isEmbedded(): boolean {
	return getContext<boolean | undefined>(EMBEDDED) === true;
}

export function setShareSource(source: ShareSource) {
	setContext(KEY, source);
}

export function getShareSource(): ShareSource | undefined {
	return getContext<ShareSource | undefined>(KEY);
}
