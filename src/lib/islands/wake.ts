/**
 * When the islands go live without being approached. Prerendered, they show the bundled data with
 * no filter and the default comparison; while the page shows just that, nothing needs them live
 * until the reader comes near one (so a phone's first seconds are the first screen's alone). Once
 * the page shows something else (a filter, a comparison, another dataset), every island goes live
 * when the browser is idle, so that what the page holds is current wherever the reader goes next:
 * a jump to the end, a print, a download of every chart.
 */
const waiting = new Set<() => void>();
let wanted = false;

/** Runs `wake` when the browser is next idle (within two seconds), or soon where it cannot say. */
export function whenIdle(wake: () => void) {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(wake, { timeout: 2000 });
	else setTimeout(wake, 500);
}

/** Registers an island's wake-up; returns the function that takes it back. */
export function onWakeAll(wake: () => void): () => void {
	waiting.add(wake);
	if (wanted) whenIdle(wake);
	return () => waiting.delete(wake);
}

/** The page no longer shows what the islands were prerendered with: all go live when idle. */
export function wakeAllWhenIdle() {
	if (wanted) return;
	wanted = true;
	for (const wake of waiting) whenIdle(wake);
}

/** Every island still asleep goes live now (a download of every chart); they load their code. */
export function wakeAllNow() {
	for (const wake of [...waiting]) wake();
}
