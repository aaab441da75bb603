/**
 * The importer, off the page's thread: reads the file, keeps its table while the reader settles the
 * mapping, and builds the dataset when asked. The page stays responsive however big the file; it
 * shows the stages as they pass and can stop the worker at any time (Cancel).
 */
import { draftFromFile, finishDraft, redraftAt, redraftSheet, type Draft } from '$lib/data/import';
import type { ImportNames, ImportResult } from '$lib/data/import';
import { packDataset, packedBuffers } from '$lib/data/packed';
import type { FromWorker, ToWorker } from './session.svelte';

let draft: Draft | null = null;

self.onmessage = async (event: MessageEvent<ToWorker>) => {
	const msg = event.data;
	if (msg.type === 'read') {
		post({ type: 'progress', stage: 'Reading the file', share: 0.1 });
		const read = await draftFromFile(new Uint8Array(msg.bytes), msg.fileName);
		if ('problems' in read) {
			draft = null;
			post({ type: 'refused', problems: read.problems });
			return;
		}
		draft = read;
		post({ type: 'progress', stage: 'Reading the columns', share: 0.5 });
		if (read.kind === 'json') {
			postResult(read.result);
			return;
		}
		postDraft(read);
	} else if (msg.type === 'finish' && draft) {
		post({ type: 'progress', stage: 'Making the dataset', share: 0.8 });
		postResult(finishDraft(draft, msg.mapping, msg.names));
	} else if (msg.type === 'header' && draft) {
		draft = redraftAt(draft, msg.row);
		postDraft(draft, msg.names);
	} else if (msg.type === 'sheet' && draft) {
		draft = redraftSheet(draft, msg.sheet);
		postDraft(draft, msg.names);
	}
};

/** What each column looks like and the proposed mapping, then the dataset they make at once. */
function postDraft(read: Draft, names?: Partial<ImportNames>) {
	if (read.kind === 'json') return;
	const { table } = read;
	post({
		type: 'draft',
		header: table.header,
		profiles: read.profiles,
		mapping: read.mapping,
		names: { ...read.names, ...names },
		rows: table.rows.length,
		sample: table.rows.slice(0, 6),
		headerRow: table.headerRow,
		above: table.above.filter((row) => row.some((c) => c.trim())).slice(0, 1),
		sheetRows: table.above.length + 1 + table.rows.length,
		sheets: read.sheets?.names ?? [],
		sheet: read.sheets?.at ?? 0
	});
	// The dataset with the proposed mapping at once: no round trip before the preview.
	post({ type: 'progress', stage: 'Making the dataset', share: 0.8 });
	postResult(finishDraft(read, undefined, names));
}

function post(message: FromWorker, transfer: Transferable[] = []) {
	(self as unknown as Worker).postMessage(message, transfer);
}

/**
 * The result with its dataset in columns (`packed.ts`), the typed arrays handed over rather than
 * copied: a structured clone of 100,000 roles' objects took the page's thread about two seconds to
 * receive, and their JSON (61 MB) over a second to write here and half a second to read there.
 */
function postResult({ dataset, problems, ignored }: ImportResult) {
	const packed = dataset ? packDataset(dataset) : null;
	post({ type: 'result', problems, ignored, packed }, packed ? packedBuffers(packed) : []);
}
