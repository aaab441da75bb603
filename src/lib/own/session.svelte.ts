/**
 * One file being opened: the worker that reads it (`import.worker.ts`), the messages between them,
 * and Cancel. A new file is a new session; the dataset on screen stays until one is accepted.
 */
import type { ColumnProfile, ImportNames, Mapping, Problem } from '$lib/data/import';
import type { PackedDataset } from '$lib/data/packed';

export type ToWorker =
	| { type: 'read'; bytes: ArrayBuffer; fileName: string }
	| { type: 'finish'; mapping: Mapping; names: Partial<ImportNames> }
	| { type: 'header'; row: number; names: Partial<ImportNames> }
	| { type: 'sheet'; sheet: number; names: Partial<ImportNames> };

export type FromWorker =
	| { type: 'progress'; stage: string; share: number }
	| { type: 'refused'; problems: Problem[] }
	| {
			type: 'draft';
			header: string[];
			profiles: ColumnProfile[];
			mapping: Mapping;
			names: ImportNames;
			/** Rows under the header, and the first few as written. */
			rows: number;
			sample: string[][];
			/** The header's row as the spreadsheet numbers it, and the first written row above it. */
			headerRow: number;
			above: string[][];
			/** Rows in the whole sheet. */
			sheetRows: number;
			/** A workbook's sheets (none for text), and which of them is read, from 0. */
			sheets: string[];
			sheet: number;
	  }
	| {
			type: 'result';
			problems: Problem[];
			/** Columns left out, with why. */
			ignored: string[];
			/** The dataset, or null when the file was refused. */
			packed: PackedDataset | null;
	  };

export class ImportSession {
	#worker: Worker;
	#listen: (m: FromWorker) => void;

	constructor(listen: (m: FromWorker) => void) {
		this.#listen = listen;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a URL for the bundler, not state
		this.#worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
		this.#worker.onmessage = ({ data }: MessageEvent<FromWorker>) => this.#listen(data);
		this.#worker.onerror = (e) =>
			this.#listen({
				type: 'refused',
				problems: [
					{
						row: null,
						column: null,
						value: null,
						message: `The file could not be read here (${e.message || 'the reader stopped'}).`,
						level: 'error'
					}
				]
			});
	}

	/** Reads a file's bytes (handed over, not copied). */
	read(bytes: ArrayBuffer, fileName: string) {
		this.#worker.postMessage({ type: 'read', bytes, fileName } satisfies ToWorker, [bytes]);
	}

	/** Builds the dataset with this mapping and these names. */
	finish(mapping: Mapping, names: Partial<ImportNames>) {
		this.#worker.postMessage({
			type: 'finish',
			mapping: $state.snapshot(mapping),
			names: $state.snapshot(names)
		} satisfies ToWorker);
	}

	/** Reads the table again with its header at this row; the names given are kept. */
	header(row: number, names: Partial<ImportNames>) {
		this.#worker.postMessage({
			type: 'header',
			row,
			names: $state.snapshot(names)
		} satisfies ToWorker);
	}

	/** Reads another of the workbook's sheets (from 0), its header found anew; names given kept. */
	sheet(sheet: number, names: Partial<ImportNames>) {
		this.#worker.postMessage({
			type: 'sheet',
			sheet,
			names: $state.snapshot(names)
		} satisfies ToWorker);
	}

	/** Stops the worker at once; the page keeps what it had. */
	cancel() {
		this.#worker.terminate();
	}
}
