/**
 * The role → colour map every chart shares. Built once from the unfiltered roles so a role keeps its
 * colour whatever the filter. Colours themselves live in CSS (`--role-0` … `--role-6`, a light and a
 * dark set, each at least 4.5:1 against its background); a chart only carries the index, so the theme
 * switches without re-rendering and exports pick up the resolved colour.
 */

/** Number of distinct role colours defined in `app.css`. */
export const ROLE_COLOR_COUNT = 7;

/** Light-theme and dark-theme palettes; mirrored in `src/app.css` and checked by a unit test. */
export const ROLE_PALETTE = {
	light: ['#0072B2', '#B84B00', '#00785A', '#AD3F86', '#7A6500', '#5B4FA8', '#0F7C8C'],
	dark: ['#56B4E9', '#F0A35E', '#3CC49A', '#E58CC4', '#E0C341', '#A99BF0', '#5FD0DC']
} as const;

/**
 * role id → colour index. With more roles than colours the map is empty, and every role reads as
 * -1 (one shared colour; readers use `?? -1`): seven colours can't tell a thousand roles apart,
 * direct labels and tooltips carry identity, and an entry per role would only cost memory.
 */
export function buildRoleColors(roleIds: readonly string[]): Map<string, number> {
	if (roleIds.length > ROLE_COLOR_COUNT) return new Map();
	return new Map(roleIds.map((id, i) => [id, i]));
}

/** The CSS colour for an index from `buildRoleColors`. */
export function roleColorVar(index: number): string {
	return index < 0 ? 'var(--role-0)' : `var(--role-${index})`;
}

/**
 * A theme's colours as `app.css` defines them (`--x: light-dark(L, D)` gives L or D, a plain
 * `--x: #hex` both), by name without the dashes: what the build draws link previews in, and what the
 * contrast tests check.
 */
export function themeColors(css: string, theme: 'light' | 'dark'): Record<string, string> {
	const i = theme === 'light' ? 2 : 3;
	return Object.fromEntries(
		[
			...css.matchAll(
				/--([a-z0-9-]+):\s*(?:light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)|(#[0-9a-f]{6}))/gi
			)
		].map((m) => [m[1]!, (m[4] ?? m[i])!.toLowerCase()])
	);
}
