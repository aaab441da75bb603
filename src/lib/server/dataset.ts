/**
 * The one place data enters the app. Reads the dataset file at build (prerender) time, validates it and
 * fails the build with the validator's message if it is wrong. `ML_DATA` names another file, which is
 * how a bigger dataset is brought in without code changes: `ML_DATA=path/to/roles.json npm run build`.
 * A spreadsheet (`.csv`, `.tsv`, `.txt`) goes through the same importer as the browser's "Use your
 * own data" panel, with the mapping it proposes: `ML_DATA=roles.csv npm run build`. Its problems are
 * printed; a row it leaves out does not stop the build, a file it refuses does.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describeProblem, importText } from '$lib/data/import';
import { parseDataset } from '$lib/data/parse';
import type { Dataset } from '$lib/data/schema';

export const DEFAULT_DATA_FILE = 'data/roles.json';

let cached: { file: string; data: Dataset } | undefined;

export function dataFile(): string {
	return process.env.ML_DATA || DEFAULT_DATA_FILE;
}

export function loadDataset(file = dataFile()): Dataset {
	if (cached?.file === file) return cached.data;
	const path = resolve(file);
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		throw new Error(`${file}: cannot read the dataset file (${(error as Error).message})`, {
			cause: error
		});
	}
	const name = relative(process.cwd(), path) || file;
	let data: Dataset;
	if (/\.(?:csv|tsv|txt)$/i.test(file)) {
		const result = importText(text, name);
		for (const p of result.problems) console.warn(`${name}: ${describeProblem(p)}`);
		if (!result.dataset) throw new Error(`${name}: ${result.problems[0]?.message ?? 'not usable'}`);
		data = result.dataset;
	} else data = parseDataset(text, name);
	cached = { file, data };
	return data;
}
