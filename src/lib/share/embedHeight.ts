/**
 * An embed page tells the page that frames it how tall it is, so that page can size the iframe (the
 * embed code's script, see `embedCode`): one message shape (`EmbedMessage`), sent whenever the
 * height changes, to the parent only. It carries the chart's id and the height, nothing else, and
 * the embed page listens to nothing.
 */
import { EMBED_MESSAGE, type ChartId, type EmbedMessage } from './links';

/** Starts reporting the page's height to the frame's parent; returns the function that stops. */
export function reportHeight(chart: ChartId): () => void {
	if (window.parent === window) return () => {};
	let last = 0;
	const send = () => {
		const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		const message: EmbedMessage = { type: EMBED_MESSAGE, chart, height };
		// Any host may frame the chart: the message says nothing a host should not know.
		window.parent.postMessage(message, '*');
	};
	const observer = new ResizeObserver(send);
	observer.observe(document.documentElement);
	send();
	return () => observer.disconnect();
}
