/**
 * "Download all": every chart of the current view in one zip, each as SVG, PNG and CSV exactly as
 * its own buttons save them, with a README.txt naming the dataset, its sources, the view and the
 * link back to it. Loaded (with the zip writer, fflate) when the button is first used.
 */
import { zipSync, type Zippable } from 'fflate';
import type { Dataset } from '$lib/data/schema';
import { wakeAllNow } from '$lib/islands/wake';
import { catchUp } from '$lib/state/near.svelte';
import { fileSlug } from './filename';
import { downloadBlob } from './png';
import { pageCharts } from './registry';

/** What the README says of the dataset and the view. */
export interface ZipAbout {
	title: string;
	sources: Dataset['sources'];
	/** The filter in words ("2 of 7 roles match Python and SQL"), or null with none. */
	filter: string | null;
	roles: number;
	compared: string[];
	link: string;
}

/** Every part of the page that loads later, live (so its chart is on the page), or an error. */
async function wakeAll(ms = 20_000) {
	wakeAllNow();
	const start = performance.now();
	while (document.querySelector('[data-island]:not([data-live])')) {
		if (performance.now() - start > ms) throw new Error('part of the page did not load');
		await new Promise((done) => setTimeout(done, 50));
	}
}

export function readme(about: ZipAbout, files: readonly string[]): string {
	const lines = [
		about.title,
		'',
		'Every chart of one view of this dataset, each as an SVG image, a PNG image and the CSV of its rows.',
		'',
		`View: ${about.filter ?? `all ${about.roles} roles, no skill filter`}.`,
		...(about.compared.length ? [`Compared: ${about.compared.join(', ')}.`] : []),
		`Open this view: ${about.link}`,
		'',
		'Sources',
		...about.sources.map(
			(s) =>
				`[${s.id}] ${s.citation.startsWith(s.publisher) ? '' : `${s.publisher}. `}${s.citation}${s.url && !s.citation.includes(s.url) ? ` ${s.url}` : ''}`
		),
		'',
		'Files',
		...files.map((f) => `- ${f}`),
		''
	];
	return lines.join('\r\n');
}

/** Writes the zip; returns what was saved, in words. */
export async function downloadAll(about: ZipAbout): Promise<string> {
	await wakeAll();
	const rest = catchUp();
	try {
		const files: Zippable = {};
		const charts = pageCharts();
		for (const chart of charts)
			for (const file of await chart.files())
				// PNGs are compressed already: stored as they are.
				files[file.name] = file.name.endsWith('.png') ? [file.bytes, { level: 0 }] : file.bytes;
		files['README.txt'] = new TextEncoder().encode(readme(about, Object.keys(files)));
		const zip = zipSync(files, { level: 6 });
		const name = `${fileSlug(about.title) || 'charts'}--all-charts.zip`;
		downloadBlob(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), name);
		return `Saved ${name}: ${charts.length} charts, each as SVG, PNG and CSV, and a README.`;
	} finally {
		rest();
	}
}
