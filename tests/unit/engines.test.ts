import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** What `ensureEngines(names)` says, run as the test runner runs it, with only `env` set. */
function ensure(names: string[], env: Record<string, string>) {
	const r = spawnSync(
		process.execPath,
		[
			'--input-type=module',
			'-e',
			`import { ensureEngines } from './scripts/engines.mjs';
			ensureEngines(${JSON.stringify(names)}, { install: false });`
		],
		{ encoding: 'utf8', env: { PATH: '/nonexistent', ...env } }
	);
	return { status: r.status, stderr: r.stderr };
}

// The engine smoke suite never skips an engine in silence: one that cannot be found fails the run
// with how to install it.
describe('ensureEngines', () => {
	it.each([
		{ engine: 'firefox', says: 'apt-get install -y firefox-esr' },
		{ engine: 'webkit', says: 'apt-get install -y webkit2gtk-driver xvfb' }
	])('with no $engine on the PATH, says how to install it', ({ engine, says }) => {
		const r = ensure([engine], {});
		expect(r.status).not.toBe(0);
		expect(r.stderr).toContain(says);
	});

	it('names a FIREFOX_PATH that points at nothing', () => {
		const r = ensure(['firefox'], { FIREFOX_PATH: '/nonexistent/firefox' });
		expect(r.stderr).toContain(
			'FIREFOX_PATH is set to /nonexistent/firefox, but there is no file there.'
		);
	});
});
