/**
 * File names that say what an export holds: the chart, then the skill filter and the compared roles,
 * e.g. `salary-vs-growth--python-sql.png`, `compare-pay-growth--data-scientist-vs-ai-engineer.svg`.
 */
export const fileSlug = (s: string) =>
	s
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');

export function exportFileName(
	chart: string,
	parts: { skills?: readonly string[]; compare?: readonly string[] },
	ext: 'svg' | 'png' | 'csv'
): string {
	let name = fileSlug(chart) || 'chart';
	if (parts.skills?.length) name += `--${parts.skills.map(fileSlug).join('-')}`;
	if (parts.compare?.length) name += `--${parts.compare.map(fileSlug).join('-vs-')}`;
	// Keep names short enough for every file system, cutting at a word boundary.
	if (name.length > 120) name = name.slice(0, 120).replace(/-[^-]*$/, '');
	return `${name}.${ext}`;
}
