/**
 * What the share menu hands out, as plain strings: the link to a view of the dashboard (its query
 * string and, for one chart, that chart's anchor), the address of a chart's embed page, and the
 * embed code (an iframe, and a few lines that let the host page fit the iframe to the chart's
 * height). Pure, so it is unit-tested; the menu (`ShareMenu.svelte`) puts them on the clipboard.
 */
import { escapeXml, requirementsSource } from '$lib/data/format';
import type { Meta } from '$lib/data/schema';
import type { Words } from '$lib/data/words';

/** The charts, by the id each has on the page and in `/embed/<id>`, with where their words are. */
const CHARTS = {
	'salary-vs-growth': 'scatter',
	'skill-heatmap': 'heatmap',
	'compare-pay-growth': 'comparePay',
	'compare-requirements': 'compareRequirements',
	'requirements-overview': 'overview'
} as const satisfies Record<string, keyof Words['charts']>;
export type ChartId = keyof typeof CHARTS;
export const CHART_IDS = Object.keys(CHARTS) as ChartId[];

/** A chart's title and subtitle, from the dataset's words. */
export const chartWords = (words: Words, chart: ChartId): Words['charts'][keyof Words['charts']] =>
	words.charts[CHARTS[chart]];

/** A chart's title, from the dataset's words. */
export const chartTitle = (words: Words, chart: ChartId): string => chartWords(words, chart).title;

/**
 * A chart's source line, from the dataset's words. `aboutNote` points to the page's About section
 * for how strengths were read (a page that has one).
 */
export function chartSource(meta: Meta, chart: ChartId, aboutNote = false): string {
	if (chart === 'salary-vs-growth' || chart === 'compare-pay-growth') return meta.sourceLine;
	if (chart === 'requirements-overview') return `${requirementsSource(meta, 'listed')}.`;
	const about = aboutNote ? ' (see About the data)' : '';
	return `${requirementsSource(meta)}; strength classified from that wording${about}.`;
}

export const isChartId = (id: string): id is ChartId =>
	(CHART_IDS as readonly string[]).includes(id);

/**
 * The height an embed's iframe starts at, in CSS pixels: each chart's embed page in a 640 px column
 * (a typical article's), drawn in the page's font or in the system's (a first visit on a slow line),
 * rounded up; an end-to-end test keeps them in step. A host page without the script keeps this
 * height, and the chart scrolls within it where it is taller (a narrower column).
 */
export const EMBED_HEIGHT: Record<ChartId, number> = {
	'salary-vs-growth': 810,
	'skill-heatmap': 1490,
	'compare-pay-growth': 800,
	'compare-requirements': 1300,
	'requirements-overview': 700
};

/**
 * The one message an embed page sends: to the page that frames it, whenever its height changes.
 * Nothing else is sent and nothing is listened to.
 */
export const EMBED_MESSAGE = 'ml-careers-explorer:embed-height';
export interface EmbedMessage {
	type: typeof EMBED_MESSAGE;
	chart: ChartId;
	/** The embed page's height in CSS pixels, a whole number. */
	height: number;
}

/** The dashboard's address for a view (`search` as `serialiseView` writes it), at one chart. */
export function viewLink(site: string, search: string, chart?: ChartId): string {
	return `${site}/${search}${chart ? `#${chart}` : ''}`;
}

/** A chart's embed page for a view. */
export function embedLink(site: string, chart: ChartId, search: string): string {
	return `${site}/embed/${chart}${search}`;
}

/**
 * The embed code: an iframe that fills the width of where it is pasted, at the chart's starting
 * height, and a script that sets its height from the embed page's messages. The script checks that a
 * message comes from this site and from that very iframe before it reads the height, and ignores
 * anything that is not a plausible height.
 */
export function embedCode(site: string, chart: ChartId, search: string, title: string): string {
	const src = embedLink(site, chart, search);
	const origin = new URL(site).origin;
	const iframe =
		`<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" ` +
		`height="${EMBED_HEIGHT[chart]}" style="border:0;width:100%" loading="lazy" ` +
		`allow="fullscreen; clipboard-write" data-ml-careers-embed></iframe>`;
	const script = [
		'<script>',
		'addEventListener("message", function (e) {',
		`  var d = e.data;`,
		`  if (e.origin !== ${JSON.stringify(origin)} || !d || d.type !== ${JSON.stringify(EMBED_MESSAGE)}) return;`,
		'  if (typeof d.height !== "number" || !(d.height > 0 && d.height < 20000)) return;',
		'  document.querySelectorAll("iframe[data-ml-careers-embed]").forEach(function (f) {',
		'    if (f.contentWindow === e.source) f.style.height = Math.ceil(d.height) + "px";',
		'  });',
		'});',
		'</' + 'script>'
	].join('\n');
	return `${iframe}\n${script}`;
}
