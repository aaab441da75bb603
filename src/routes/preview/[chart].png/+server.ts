import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { error } from '@sveltejs/kit';
import { Resvg } from '@resvg/resvg-js';
import css from '../../../app.css?raw';
import { toPageDataset } from '$lib/data/payload';
import { loadDataset } from '$lib/server/dataset';
import { PREVIEW, previewSvg } from '$lib/server/preview';
import { CHART_IDS, isChartId } from '$lib/share/links';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * `/preview/<chart-id>.png`: a chart's link-preview image (see `$lib/server/preview.ts`), written at
 * build time. The text is set in Inter, the page's own font, from its static TTF files (the renderer
 * reads no WOFF2); no font of the building machine is used, so every build draws the same image.
 */
export const prerender = true;

export const entries: EntryGenerator = () => CHART_IDS.map((chart) => ({ chart }));

const fonts = (() => {
	const root = dirname(
		createRequire(import.meta.url).resolve('@expo-google-fonts/inter/package.json')
	);
	return ['400Regular', '600SemiBold', '700Bold'].map((f) => join(root, f, `Inter_${f}.ttf`));
})();

export const GET: RequestHandler = ({ params }) => {
	if (!isChartId(params.chart)) error(404, `No chart called “${params.chart}”`);
	const { svg } = previewSvg(params.chart, toPageDataset(loadDataset()), css);
	const png = new Resvg(svg, {
		fitTo: { mode: 'width', value: PREVIEW.width },
		font: {
			fontFiles: fonts,
			loadSystemFonts: false,
			defaultFontFamily: 'Inter',
			sansSerifFamily: 'Inter'
		}
	})
		.render()
		.asPng();
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
