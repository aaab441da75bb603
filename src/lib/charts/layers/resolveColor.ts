/**
 * Resolves a CSS colour (such as `var(--role-0)`, whose value is a `light-dark()` pair) to the
 * concrete colour in force now, for drawing on a canvas, which cannot read CSS variables. Browser only.
 */
let probe: HTMLSpanElement | undefined;
// Reading a computed style makes the browser restyle the page first, which in the middle of a
// filter change costs more than the drawing. Colours only change with the theme, so they are
// remembered per theme: the page's `data-theme` (light, dark or unset) and the system's scheme.
const known = new Map<string, string>();
let knownFor = '';
let dark: MediaQueryList | undefined;

export function resolveColor(css: string): string {
	if (!probe) {
		probe = document.createElement('span');
		probe.style.display = 'none';
		document.body.appendChild(probe);
	}
	dark ??= matchMedia('(prefers-color-scheme: dark)');
	const theme = `${probe.closest('[data-theme]')?.getAttribute('data-theme') ?? ''}|${dark.matches}`;
	if (theme !== knownFor) {
		known.clear();
		knownFor = theme;
	}
	let colour = known.get(css);
	if (colour === undefined) {
		probe.style.color = css;
		known.set(css, (colour = getComputedStyle(probe).color));
	}
	return colour;
}
