// Types of the `?island` imports (see src/lib/islands/plugin.js): the section itself while
// prerendering, or in the browser a way to load it, with the section's own props.
declare module '$lib/components/HeatmapSection.svelte?island' {
	import type Section from '$lib/components/HeatmapSection.svelte';
	import type { ComponentProps } from 'svelte';
	import type { IslandOf } from '$lib/islands/types';
	const island: IslandOf<ComponentProps<typeof Section>>;
	export default island;
}
declare module '$lib/components/CompareSection.svelte?island' {
	import type Section from '$lib/components/CompareSection.svelte';
	import type { ComponentProps } from 'svelte';
	import type { IslandOf } from '$lib/islands/types';
	const island: IslandOf<ComponentProps<typeof Section>>;
	export default island;
}
