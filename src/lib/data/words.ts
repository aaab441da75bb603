/**
 * Every word the page shows about a dataset, in one place: the headline and lede, the names of the
 * two measures (axis titles, tooltips, tables, CSV columns, file names), the charts' titles, the
 * About section and the strength rubric. Read from the dataset's `meta` where it says them; the
 * defaults here are neutral, so a dataset of any jobs reads right without a word about the bundled
 * article. Pure: the server, the browser and the tests get the same words.
 */
import type { Meta } from './schema';
import { STRENGTH_ORDER } from './strength';
import { formatCount, formatList } from './format';

/** The product's own name: the only words on the page that are not about the data. */
export const SITE_NAME = 'ML Careers Explorer';

/** How the page names a measure (see `MeasureSchema`), every field filled in. */
export interface MeasureWords {
	/** "Median total pay": axis titles, table headers, tooltips. */
	name: string;
	/** "Median pay": chart titles, sort labels, notes. */
	short: string;
	/** "median_total_pay": the CSV column, before its unit. */
	column: string;
}

export interface Words {
	site: string;
	headline: string;
	/** The sentence under the headline, before the link to the source. */
	lede: string;
	/** How the source is named where the page links to it. */
	sourceName: string;
	pageTitle: string;
	description: string;
	pay: MeasureWords;
	growth: MeasureWords;
	/** The pay's currency, an ISO 4217 code: "USD". */
	currency: string;
	/** "Median total pay (USD, April 2026)". */
	payAxis: string;
	/** "Projected job growth, 2024–2034". */
	growthAxis: string;
	/** "2024–2034". */
	growthPeriod: string;
	/** The scatter's notes: on its median lines ("Median $142,000"), and in its top-right corner. */
	scatterNotes: { median: string; quadrant: string };
	/** About: where the figures come from, what pay and growth are. */
	about: string;
	/**
	 * A dataset's own account of how its strengths were read, or null: About then lists the cues
	 * from `strength.ts` (`rubricCues`).
	 */
	rubric: string | null;
	footer: string;
	contextTitles: { categories: string; roadmap: string };
	charts: {
		scatter: { title: string; subtitle: string };
		heatmap: { title: string; subtitle: string };
		comparePay: { title: string; subtitle: string };
		compareRequirements: { title: string; subtitle: string };
		overview: { title: string; subtitle: string };
	};
}

/** `Median total pay` → `median total pay`, for a name inside a sentence. */
export const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** `Median total pay` → `median_total_pay`. */
export function columnName(name: string): string {
	return (
		name
			.toLowerCase()
			.normalize('NFKD')
			.replace(/[^a-z0-9]+/g, '_')
			.replace(/^_+|_+$/g, '') || 'value'
	);
}

function measure(m: Meta['pay'], fallback: string): MeasureWords {
	const name = m?.name ?? fallback;
	return { name, short: m?.short ?? name, column: m?.column ?? columnName(name) };
}

/** What the charts and tables call the two measures. */
export type Measures = Pick<
	Words,
	'pay' | 'growth' | 'currency' | 'payAxis' | 'growthAxis' | 'growthPeriod' | 'scatterNotes'
>;

/** How the scatter's two directions read, in its subtitle and its top-right note. */
const UP = 'better paid';
const RIGHT = 'growing faster';

/** The measures' words alone, for a model that is handed the dataset's `meta`. */
export function measureWords(meta: Meta): Measures {
	const pay = measure(meta.pay, 'Median pay');
	const growth = measure(meta.growth, 'Projected growth');
	return {
		pay,
		growth,
		currency: meta.currency,
		payAxis: `${pay.name} (${meta.currency}, ${meta.salaryAsOf})`,
		growthAxis: `${growth.name}, ${meta.growthPeriod}`,
		growthPeriod: meta.growthPeriod,
		scatterNotes: {
			median: 'Median',
			quadrant: `${UP.charAt(0).toUpperCase()}${UP.slice(1)}, ${RIGHT} ↗`
		}
	};
}

/** The words for a dataset with this `meta` and this many roles. */
export function datasetWords(
	meta: Meta,
	roleCount: number,
	context?: { categoriesTitle?: string; roadmapTitle?: string }
): Words {
	const measures = measureWords(meta);
	const { pay, growth } = measures;
	const subject = meta.subject ?? 'roles';
	const sourceName = meta.sourceName ?? `${meta.publisher}, “${meta.title}”`;
	const n = formatCount(roleCount);
	return {
		site: SITE_NAME,
		headline: meta.headline ?? meta.title,
		lede:
			`${n} ${roleCount === 1 ? 'role' : 'roles'} compared by ${lower(pay.name)} (${meta.salaryAsOf}), ` +
			`${lower(growth.name)} (${meta.growthPeriod}) and what employers ask for. Every figure is quoted from`,
		sourceName,
		pageTitle: `${SITE_NAME}: pay, growth and skills of ${subject}`,
		description: `Compare ${n} ${subject} by ${lower(pay.short)}, ${lower(growth.name)} and the skills they ask for.`,
		...measures,
		about:
			`All figures come from “${meta.title}” by ${meta.publisher}. ` +
			`${meta.salaryDefinition.replace(/^\*/, '')} ` +
			(meta.growthDefinition ??
				`${growth.name} is the change over ${meta.growthPeriod}, in percent.`),
		rubric: meta.rubric ?? null,
		footer: `Open source. Figures as published in ${sourceName}; this site adds no estimates of its own.`,
		contextTitles: {
			categories: context?.categoriesTitle ?? 'Background',
			roadmap: context?.roadmapTitle ?? 'Getting started'
		},
		charts: {
			scatter: {
				title: `${pay.short} against ${lower(growth.name)}`,
				subtitle: `Each dot is a role. Up is ${UP}, right is ${RIGHT}; dashed lines mark the medians.`
			},
			heatmap: {
				title: 'What each role asks for',
				subtitle:
					'Darker means the source asks for it more strongly; the symbol says the same without colour.'
			},
			comparePay: {
				title: 'Pay and growth, side by side',
				subtitle: 'On the same scales as the scatter; the grey strip shows every role for context.'
			},
			compareRequirements: {
				title: 'Requirements compared',
				subtitle: 'What the compared roles ask for, at what strength: shared by all, or only one.'
			},
			overview: {
				title: 'Requirements by category, every role',
				subtitle: 'How many requirements the source lists for each role, by kind.'
			}
		}
	};
}

/** Each strength with the wording that earns it, from `strength.ts`, for About. */
export function rubricCues(): Array<{ label: string; cues: string }> {
	return STRENGTH_ORDER.map((s) => ({ label: lower(s.label), cues: cueList(s.cues) }));
}

/** The heatmap's symbols in words: "Symbols repeat the shade: ● essential, ◐ expected, …". */
export function symbolKey(): string {
	return `Symbols repeat the shade: ${STRENGTH_ORDER.map((s) => `${s.symbol} ${lower(s.label)}`).join(', ')}`;
}

/** A rubric's cues as one phrase: `“must”, “necessary” or “essential”`. */
export function cueList(cues: string[]): string {
	return formatList(
		cues.map((c) => `“${c}”`),
		'or'
	);
}
