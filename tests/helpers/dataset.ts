import { readFileSync } from 'node:fs';
import { parseDataset } from '../../src/lib/data/parse';
import type { Dataset } from '../../src/lib/data/schema';

export const DATA_FILE = 'data/roles.json';
export const rawText = (): string => readFileSync(DATA_FILE, 'utf8');
export const rawJson = (): Record<string, unknown> => JSON.parse(rawText());
export const loadSeedDataset = (): Dataset => parseDataset(rawText(), DATA_FILE);
export const seedText = (): string =>
	readFileSync('data/source/coursera-7-machine-learning-roles.txt', 'utf8').replace(/\u00a0/g, ' ');
