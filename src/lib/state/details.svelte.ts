/**
 * The source's words for each role (see `payload.ts`): inline for a small dataset, otherwise fetched a
 * chunk of roles at a time (from files, or from a dataset opened in the browser) when a tooltip, comparison, table or CSV first needs them. `peek` is
 * reactive and never fetches, so a chart can read it for every mark; `request` fetches what is
 * missing. A failed fetch is reported in `error` and retried on the next request.
 */
import type { PageDataset, RoleDetails } from '$lib/data/payload';

/* eslint-disable svelte/prefer-svelte-reactivity -- plain maps and sets on purpose: readers track
   `#version`, bumped once per chunk rather than once per role */
export type DetailsFetch = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;
/** Gives the words of the roles in one chunk (dataset order), by role id. */
export type DetailsLoad = (chunk: number) => Promise<Record<string, RoleDetails>>;

/** Chunks fetched from files (a bundled dataset's, see `detailsChunk`). */
export function fetchDetails(
	url: (chunk: number) => string,
	fetcher: DetailsFetch = (u) => fetch(u)
): DetailsLoad {
	return async (chunk) => {
		const at = url(chunk);
		const res = await fetcher(at);
		if (!res.ok) throw new Error(`${at}: HTTP ${res.status}`);
		return (await res.json()) as Record<string, RoleDetails>;
	};
}

export class DetailsStore {
	#known = new Map<string, RoleDetails>();
	#index = new Map<string, number>();
	#loading = new Map<number, Promise<void>>();
	#chunkSize: number;
	#loader: DetailsLoad;
	/** Bumped when details arrive, so readers of `peek` update. */
	#version = $state(0);
	/** The last loading failure, in words; cleared by a successful load. */
	error = $state<string | null>(null);

	constructor(dataset: Pick<PageDataset, 'roles' | 'details' | 'chunkSize'>, load: DetailsLoad) {
		for (const [id, d] of Object.entries(dataset.details)) this.#known.set(id, d);
		this.#chunkSize = dataset.chunkSize;
		if (this.#chunkSize) dataset.roles.forEach((r, i) => this.#index.set(r.id, i));
		this.#loader = load;
	}

	/** The role's details if they are here; reactive. */
	peek(id: string): RoleDetails | undefined {
		void this.#version;
		return this.#known.get(id);
	}

	/** The source's wording of a role's requirement, if loaded. */
	quote(roleId: string, skillId: string): string | undefined {
		return this.peek(roleId)?.quotes[skillId];
	}

	/** Loads the details of these roles (unknown ids are ignored); resolves when all are here. */
	request(ids: Iterable<string>): Promise<void> {
		const chunks = new Set<number>();
		for (const id of ids) {
			const at = this.#index.get(id);
			if (!this.#known.has(id) && at !== undefined) chunks.add(Math.floor(at / this.#chunkSize));
		}
		return Promise.all([...chunks].map((c) => this.#load(c))).then(() => undefined);
	}

	#load(chunk: number): Promise<void> {
		let pending = this.#loading.get(chunk);
		if (!pending) {
			pending = this.#loader(chunk)
				.then((got) => {
					for (const [id, d] of Object.entries(got)) this.#known.set(id, d);
					this.error = null;
					this.#version++;
				})
				.catch((error: unknown) => {
					this.#loading.delete(chunk);
					this.error = `The source’s wording could not be loaded (${(error as Error).message}).`;
					throw error;
				});
			this.#loading.set(chunk, pending);
		}
		return pending;
	}
}
