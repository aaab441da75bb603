import { describe, expect, it } from 'vitest';
import { headerRules, readHeaders } from '../../scripts/serve.mjs';
import config, { CSP } from '../../svelte.config.js';

describe('the Content-Security-Policy', () => {
	it('is written into every prerendered page, with hashes for inline scripts', () => {
		expect(config.kit?.csp?.mode).toBe('hash');
		expect(config.kit?.csp?.directives).toBe(CSP);
	});

	it('runs scripts from this site only: no inline script without its hash, no eval', () => {
		expect(CSP['script-src']).toEqual(['self']);
		expect(CSP['default-src']).toEqual(['self']);
		for (const sources of Object.values(CSP)) expect(sources).not.toContain('unsafe-eval' as never);
	});

	it('allows no plugins, no <base> elsewhere, no form posting elsewhere', () => {
		expect(CSP['object-src']).toEqual(['none']);
		expect(CSP['base-uri']).toEqual(['self']);
		expect(CSP['form-action']).toEqual(['self']);
	});

	it('asks nothing of another host: requests, fonts, workers; images also data: and blob:', () => {
		expect(CSP['connect-src']).toEqual(['self']);
		expect(CSP['font-src']).toEqual(['self']);
		expect(CSP['worker-src']).toEqual(['self']);
		expect(CSP['img-src']).toEqual(['self', 'data:', 'blob:']);
	});

	it('allows style sheets from this site only; inline styles only as attributes', () => {
		expect(CSP['style-src-elem']).toEqual(['self']);
		expect(CSP['style-src-attr']).toEqual(['unsafe-inline']);
	});
});

describe('static/_headers', () => {
	const headers = readHeaders('static/_headers');

	it('says who may frame the page, and the headers a careful host sends', () => {
		expect(headers('/')).toEqual({
			'content-security-policy': "frame-ancestors 'self'",
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'no-referrer',
			'permissions-policy':
				'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()'
		});
		expect(headers('/index.html')['content-security-policy']).toBe("frame-ancestors 'self'");
		expect(headers('/details/3.json')['x-content-type-options']).toBe('nosniff');
	});

	it('lets any site frame a chart’s embed page, and only that', () => {
		expect(headers('/embed/salary-vs-growth')).toEqual({
			'content-security-policy': 'frame-ancestors *',
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'no-referrer',
			'permissions-policy': headers('/')['permissions-policy']
		});
		// No path gets two policies a host would have to merge.
		const rules = headerRules('static/_headers');
		for (const path of ['/', '/index.html', '/embed/skill-heatmap', '/embed/x.html'])
			expect(
				rules.filter((r) => r.pattern.test(path) && r.headers['content-security-policy'])
			).toHaveLength(1);
	});

	it('lets a new build’s service worker be found at once', () => {
		expect(headers('/service-worker.js')['cache-control']).toBe('no-cache');
		expect(headers('/')['cache-control']).toBeUndefined();
	});
});
