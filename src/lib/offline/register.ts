/**
 * The page's side of working offline (see `src/service-worker.ts`): registers the worker, and says
 * when a newer build's worker has cached its site and waits. Taking it then is the reader's choice
 * (a page never mixes two builds): `offer` receives a function that hands over to it and reloads.
 * Loaded after the page starts, and only in a build.
 */
export async function register(url: string, offer: (reload: () => void) => void): Promise<void> {
	if (!('serviceWorker' in navigator)) return;
	const container = navigator.serviceWorker;
	let asked = false;
	// The first visit's worker also takes control (`clients.claim`); only a chosen one reloads.
	container.addEventListener('controllerchange', () => {
		if (asked) location.reload();
	});
	// Refused (a private window, a browser set so, a test): the page works on, online only.
	const registration = await container.register(url).catch(() => undefined);
	if (!registration) return;
	const ready = (worker: ServiceWorker) =>
		offer(() => {
			asked = true;
			worker.postMessage('take-over');
		});
	// A page that already runs under a worker has seen a build: a new one waiting is an update.
	if (registration.waiting && container.controller) ready(registration.waiting);
	registration.addEventListener('updatefound', () => {
		const worker = registration.installing;
		worker?.addEventListener('statechange', () => {
			if (worker.state === 'installed' && container.controller) ready(worker);
		});
	});
	// A tab left open asks for a new build when the reader comes back to it.
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') void registration.update().catch(() => {});
	});
}
