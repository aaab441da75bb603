import { error } from '@sveltejs/kit';
import { pageDataset } from '$lib/server/page';
import { CHART_IDS, isChartId } from '$lib/share/links';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One embed page per chart, each prerendered for the default view. */
export const entries: EntryGenerator = () => CHART_IDS.map((chart) => ({ chart }));

/** The chart and the same compact dataset as the dashboard's (see `+page.server.ts` at the root). */
export const load: PageServerLoad = ({ params }) => {
	if (!isChartId(params.chart)) error(404, `No chart is called “${params.chart}”.`);
	return { chart: params.chart, dataset: pageDataset() };
};
