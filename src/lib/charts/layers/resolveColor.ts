/**
 * Resolves a CSS colour (such as `var(--role-0)`, whose value is a `light-dark()` pair) to the
 * concrete colour in force now, for drawing on a canvas, which cannot read CSS variables. Browser only.
 */
let probe: HTMLSpanElement | undefined;

export function resolveColor(css: string): string {
	if (!probe) {
		probe = document.createElement('span');
		probe.style.display = 'none';
		document.body.appendChild(probe);
	}
	probe.style.color = css;
	return getComputedStyle(probe).color;
}

/**
 * Canvas layers register how to paint themselves, so an export can draw them again off-screen (in
 * another theme, at another scale) and embed the result.
 */
export const canvasPainters = new WeakMap<
	HTMLCanvasElement,
	(ctx: CanvasRenderingContext2D, width: number, height: number) => void
>();
