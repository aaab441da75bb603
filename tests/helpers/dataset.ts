import { readFileSync } from 'node:fs';
import { detailsOf } from '../../src/lib/data/payload';
import { parseDataset } from '../../src/lib/data/parse';
import type { Dataset } from '../../src/lib/data/schema';

export const DATA_FILE = 'data/roles.json';
export const rawText = (): string => readFileSync(DATA_FILE, 'utf8');
export const rawJson = (): Record<string, unknown> => JSON.parse(rawText());
export const loadSeedDataset = (): Dataset => parseDataset(rawText(), DATA_FILE);
export const seedText = (): string =>
	readFileSync('data/source/coursera-7-machine-learning-roles.txt', 'utf8').replace(/\u00a0/g, ' ');
/** What the page's `DetailsStore.quote` answers once every role's wording is loaded. */
export const quoteLookup = (data: Dataset) => {
	const quotes = new Map(data.roles.map((r) => [r.id, detailsOf(r).quotes]));
	return (roleId: string, skillId: string): string | undefined => quotes.get(roleId)?.[skillId];
};
