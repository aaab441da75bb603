/**
 * Turns the text of a dataset file into a validated `Dataset`, or throws a `DatasetError` listing every
 * problem found, each naming the file, the record and the field, and saying what was expected. The
 * build calls this, so bad data stops the build with a message a data editor can act on.
 */
import * as v from 'valibot';
import { DatasetSchema, type Dataset } from './schema';

export class DatasetError extends Error {
	/** One line per problem, each already prefixed with the file name. */
	readonly problems: string[];
	constructor(problems: string[]) {
		super(
			problems.length === 1
				? problems[0]
				: `${problems.length} problems in the dataset:\n  ${problems.join('\n  ')}`
		);
		this.name = 'DatasetError';
		this.problems = problems;
	}
}

/** Line and column (both 1-based) of a character offset in `text`. */
export function locate(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, Math.max(0, offset));
	const lines = before.split('\n');
	return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

function describe(value: unknown): string {
	if (value === undefined) return 'nothing (the field is missing)';
	if (typeof value === 'string')
		return JSON.stringify(value.length > 60 ? value.slice(0, 57) + '…' : value);
	if (Array.isArray(value)) return `a list of ${value.length}`;
	if (value === null) return 'null';
	if (typeof value === 'object') return 'an object';
	return String(value);
}

/** Formats a valibot issue path as `roles[3] (software-engineer).salary.median`. */
export function formatPath(path: v.IssuePathItem[] | undefined): string {
	if (!path?.length) return '(top level)';
	let out = '';
	for (const item of path) {
		const key = item.key as string | number;
		if (typeof key === 'number') {
			out += `[${key}]`;
			const record = item.value as { id?: unknown } | undefined;
			if (record && typeof record === 'object' && typeof record.id === 'string') {
				out += ` (${record.id})`;
			}
		} else {
			out += out ? `.${key}` : key;
		}
	}
	return out;
}

function parseJson(text: string, file: string): unknown {
	if (text.trim() === '') {
		throw new DatasetError([
			`${file}: the file is empty; expected a JSON object with meta, categories, skills, sources and roles`
		]);
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		const message = (error as Error).message;
		const position = /position (\d+)/.exec(message);
		const where = position ? locate(text, Number(position[1])) : locate(text, text.length);
		const reason = message
			.replace(/\s*in JSON at position \d+.*$/, '')
			.replace(/^JSON\.parse: /, '');
		throw new DatasetError([
			`${file}: invalid JSON at line ${where.line}, column ${where.column}: ${reason}`
		]);
	}
}

/** Problems the schema cannot see: ids that must be unique and references that must resolve. */
export function checkReferences(data: Dataset, file: string): string[] {
	const problems: string[] = [];
	const dupes = (label: string, ids: string[] | number[]) => {
		const seen = new Map<string | number, number>();
		ids.forEach((id, i) => {
			const first = seen.get(id);
			if (first !== undefined) {
				problems.push(
					`${file}: ${label}[${i}] (${id}).id: duplicate id; ${label}[${first}] already uses "${id}"`
				);
			} else seen.set(id, i);
		});
	};
	dupes(
		'categories',
		data.categories.map((c) => c.id)
	);
	dupes(
		'skills',
		data.skills.map((s) => s.id)
	);
	dupes(
		'sources',
		data.sources.map((s) => s.id)
	);
	dupes(
		'roles',
		data.roles.map((r) => r.id)
	);

	const categoryIds = new Set(data.categories.map((c) => c.id));
	data.skills.forEach((s, i) => {
		if (!categoryIds.has(s.category)) {
			problems.push(
				`${file}: skills[${i}] (${s.id}).category: unknown category "${s.category}"; expected one of ${[...categoryIds].join(', ')}`
			);
		}
	});
	const skillIds = new Set(data.skills.map((s) => s.id));
	const sourceIds = new Set(data.sources.map((s) => s.id));
	data.roles.forEach((role, i) => {
		const at = `${file}: roles[${i}] (${role.id})`;
		for (const field of ['salary', 'growth'] as const) {
			const ref = role[field].source;
			if (!sourceIds.has(ref)) {
				problems.push(
					`${at}.${field}.source: unknown source ${ref}; no entry in "sources" has that id`
				);
			}
		}
		const seen = new Set<string>();
		role.requirements.forEach((req, j) => {
			if (!skillIds.has(req.skill)) {
				problems.push(
					`${at}.requirements[${j}].skill: unknown skill "${req.skill}"; add it to "skills" or fix the id`
				);
			}
			if (seen.has(req.skill)) {
				problems.push(
					`${at}.requirements[${j}].skill: "${req.skill}" is listed twice for this role`
				);
			}
			seen.add(req.skill);
		});
	});
	return problems;
}

/**
 * Parses and validates a dataset. `file` is only used in messages.
 * @throws DatasetError naming the file, record and field of every problem.
 */
export function parseDataset(text: string, file = 'data/roles.json'): Dataset {
	const raw = parseJson(text, file);
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
		throw new DatasetError([
			`${file}: expected a JSON object with meta, categories, skills, sources and roles, got ${describe(raw)}`
		]);
	}
	const result = v.safeParse(DatasetSchema, raw, { abortEarly: false });
	if (!result.success) {
		throw new DatasetError(
			result.issues.map((issue) =>
				issue.input === undefined && issue.message.startsWith('Invalid key')
					? `${file}: ${formatPath(issue.path)}: required field is missing`
					: `${file}: ${formatPath(issue.path)}: ${issue.message}, got ${describe(issue.input)}`
			)
		);
	}
	const problems = checkReferences(result.output, file);
	if (problems.length) throw new DatasetError(problems);
	return result.output;
}
