// Types of the `?island` imports (see src/lib/islands/plugin.js): the section itself while
// prerendering, or in the browser a way to load it, with the section's own props.
declare module '$lib/sections/HeatmapSection.svelte?island' {
	import type Section from '$lib/sections/HeatmapSection.svelte';
	import type { ComponentProps } from 'svelte';
	import type { IslandOf } from '$lib/islands/types';
	const island: IslandOf<ComponentProps<typeof Section>>;
	export default island;
}
declare module '$lib/sections/CompareSection.svelte?island' {
	import type Section from '$lib/sections/CompareSection.svelte';
	import type { ComponentProps } from 'svelte';
	import type { IslandOf } from '$lib/islands/types';
	const island: IslandOf<ComponentProps<typeof Section>>;
	export default island;
}
declare module '$lib/sections/OverviewSection.svelte?island' {
	import type Section from '$lib/sections/OverviewSection.svelte';
	import type { ComponentProps } from 'svelte';
	import type { IslandOf } from '$lib/islands/types';
	const island: IslandOf<ComponentProps<typeof Section>>;
	export default island;
}
declare module '$lib/sections/AboutSection.svelte?island' {
	import type Section from '$lib/sections/AboutSection.svelte';
	import type { ComponentProps } from 'svelte';
	import type { IslandOf } from '$lib/islands/types';
	const island: IslandOf<ComponentProps<typeof Section>>;
	export default island;
}
declare module '$lib/sections/ScatterSection.svelte?island' {
	import type Section from '$lib/sections/ScatterSection.svelte';
	import type { ComponentProps } from 'svelte';
	import type { IslandOf } from '$lib/islands/types';
	const island: IslandOf<ComponentProps<typeof Section>>;
	export default island;
}
