/**
 * A dataset carried in a link: `#data=…`, the dataset's JSON compressed (deflate, the browser's own
 * CompressionStream) and written in base64url. The fragment is never sent to a server. Links longer
 * than `LINK_LIMIT` are not made: chat apps and browsers cut them, so the file is the way to share.
 */
import { DatasetError, parseDataset } from '$lib/data/parse';
import type { Dataset } from '$lib/data/schema';

/** The longest link this makes, in characters (about what chat apps and mail clients carry). */
export const LINK_LIMIT = 32_000;

async function pipe(bytes: Uint8Array, stream: GenericTransformStream): Promise<Uint8Array> {
	const out = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
	return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
	let s = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
	return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

/** The fragment for a dataset (`data=…`), or null when it would be longer than `LINK_LIMIT`. */
export async function encodeDataset(
	dataset: Dataset
): Promise<{ fragment: string | null; length: number }> {
	const packed = await pipe(
		new TextEncoder().encode(JSON.stringify(dataset)),
		new CompressionStream('deflate-raw')
	);
	const fragment = `data=${toBase64Url(packed)}`;
	return { fragment: fragment.length <= LINK_LIMIT ? fragment : null, length: fragment.length };
}

/** The dataset in a `#data=…` fragment, checked like any dataset; a clear message if it is not one. */
export async function decodeDataset(
	hash: string
): Promise<{ dataset: Dataset; bytes: number } | { error: string }> {
	const m = /(?:^#|&)data=([A-Za-z0-9_-]+)/.exec(hash);
	if (!m) return { error: 'The link holds no data.' };
	try {
		const json = new TextDecoder().decode(
			await pipe(fromBase64Url(m[1]!), new DecompressionStream('deflate-raw'))
		);
		return { dataset: parseDataset(json, 'the link'), bytes: json.length };
	} catch (error) {
		return {
			error:
				error instanceof DatasetError
					? `The data in the link is not a usable dataset: ${error.problems[0]}`
					: 'The data in the link is damaged (it may have been cut short when it was shared).'
		};
	}
}
