/**
 * A file of its own, not in `placeLabels.ts`: the heatmap's code loads when it comes near, and what
 * the page starts with stays as small as it was (see docs/decisions.md, "The page's bytes and
 * Lighthouse's round trips").
 */

/**
 * Labels along an axis, in order, each `width` pixels wide and wanting to start at its `x`: each
 * goes on the first line where it keeps `gap` pixels clear of the label before it on that line,
 * and one that would run past `right` is moved back to end there (no further back than `left`).
 * Gives each label's shift and line. The heatmap's category labels under its groups.
 */
export function stackLabels(
	items: readonly { x: number; width: number }[],
	right: number,
	left = 0,
	gap = 8
): { dx: number; line: number }[] {
	const ends: number[] = [];
	return items.map(({ x, width }) => {
		const start = Math.max(left, Math.min(x, right - width));
		let line = ends.findIndex((end) => start >= end + gap);
		if (line < 0) line = ends.length;
		ends[line] = start + width;
		return { dx: start - x, line };
	});
}
