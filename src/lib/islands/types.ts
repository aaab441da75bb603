import type { Component } from 'svelte';

/**
 * What an `?island` import gives: the component itself while prerendering, or in the browser a
 * way to load it. `Island.svelte` takes either.
 */
export type IslandOf<P extends Record<string, unknown>> =
	Component<P> | { load: () => Promise<{ default: Component<P> }> };
