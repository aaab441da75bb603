// Loaded first by every page in the engine smoke tests (the test server puts it at the top of
// <head>). It watches the page the same way in every engine, since WebDriver classic (WebKit) has
// no console events: errors thrown or logged, requests to any other host, and files the page hands
// to the browser to download, which it keeps (name, type, bytes) instead of saving them, so that a
// test can read an export in any engine.
(() => {
	/** @typedef {{ name: string, type: string, base64: string | null }} Download */
	/** @type {string[]} */
	const problems = [];
	/** @type {Download[]} */
	const downloads = [];
	/** @type {any} */ (window).__engineWatch = { problems, downloads };
	/** @param {unknown} v */
	const text = (v) => (v instanceof Error ? `${v.message}` : String(v));
	const log = console.error.bind(console);
	console.error = (...args) => {
		problems.push(`console error: ${args.map(text).join(' ')}`);
		log(...args);
	};
	addEventListener('error', (e) => problems.push(`page error: ${e.message}`));
	document.addEventListener('securitypolicyviolation', (e) =>
		problems.push(
			`securitypolicyviolation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`
		)
	);
	// The files handed to downloads, kept by their object URL (a fetch of a blob: URL is a request
	// the page's policy does not allow).
	/** @type {Map<string, Blob>} */
	const blobs = new Map();
	const createObjectURL = URL.createObjectURL;
	URL.createObjectURL = (obj) => {
		const url = createObjectURL(obj);
		if (obj instanceof Blob) blobs.set(url, obj);
		return url;
	};
	addEventListener('unhandledrejection', (e) => problems.push(`unhandled: ${text(e.reason)}`));
	/** @param {string} name */
	const outside = (name) => {
		const url = new URL(name, location.href);
		return !['data:', 'blob:'].includes(url.protocol) && url.host !== location.host;
	};
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) {
			if (outside(e.name)) problems.push(`request left the site: ${e.name}`);
		}
	}).observe({ type: 'resource', buffered: true });
	const click = HTMLAnchorElement.prototype.click;
	HTMLAnchorElement.prototype.click = function () {
		if (!this.hasAttribute('download')) return click.call(this);
		/** @type {Download} */
		const entry = { name: this.download, type: '', base64: null };
		downloads.push(entry);
		const href = this.href;
		const kept = blobs.get(href);
		(kept ? Promise.resolve(kept) : fetch(href).then((r) => r.blob()))
			.then(async (blob) => {
				entry.type = blob.type;
				const bytes = new Uint8Array(await blob.arrayBuffer());
				let s = '';
				for (let i = 0; i < bytes.length; i += 0x8000) {
					s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
				}
				entry.base64 = btoa(s);
			})
			.catch((error) => problems.push(`download ${entry.name} unreadable: ${text(error)}`));
	};
})();
