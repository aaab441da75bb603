import { describe, expect, it } from 'vitest';
import { datasetWords } from '../../src/lib/data/words';
import {
	CHART_IDS,
	EMBED_HEIGHT,
	EMBED_MESSAGE,
	chartTitle,
	embedCode,
	embedLink,
	isChartId,
	viewLink
} from '../../src/lib/share/links';
import { loadSeedDataset } from '../helpers/dataset';

const SITE = 'https://jobs.example.org/explorer';

describe('share links', () => {
	it('link a view of the dashboard, at one chart', () => {
		expect(viewLink(SITE, '?skills=python,sql&match=all', 'skill-heatmap')).toBe(
			'https://jobs.example.org/explorer/?skills=python,sql&match=all#skill-heatmap'
		);
		expect(viewLink(SITE, '')).toBe('https://jobs.example.org/explorer/');
	});

	it('link a chart’s embed page with the same query', () => {
		expect(embedLink(SITE, 'salary-vs-growth', '?skills=python')).toBe(
			'https://jobs.example.org/explorer/embed/salary-vs-growth?skills=python'
		);
	});

	it('know the five charts, each titled by the dataset’s words', () => {
		const data = loadSeedDataset();
		const words = datasetWords(data.meta, data.roles.length, data.context);
		expect(CHART_IDS).toEqual([
			'salary-vs-growth',
			'skill-heatmap',
			'compare-pay-growth',
			'compare-requirements',
			'requirements-overview'
		]);
		expect(chartTitle(words, 'salary-vs-growth')).toBe(words.charts.scatter.title);
		expect(chartTitle(words, 'requirements-overview')).toBe(words.charts.overview.title);
		expect(isChartId('skill-heatmap')).toBe(true);
		expect(isChartId('toString')).toBe(false);
	});
});

describe('embed code', () => {
	const code = embedCode(
		SITE,
		'skill-heatmap',
		'?skills=python&match=all',
		'Skills “by role” & <more>'
	);
	const [iframe, script] = code.split('\n<script>');
	const attr = (name: string) =>
		new RegExp(` ${name}="([^"]*)"`)
			.exec(iframe!)?.[1]
			?.replace(/&quot;/g, '"')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&amp;/g, '&');

	it('is an iframe at the chart’s starting height, its title escaped', () => {
		expect(iframe).toMatch(/^<iframe [^<>]*><\/iframe>$/);
		expect(attr('src')).toBe(
			'https://jobs.example.org/explorer/embed/skill-heatmap?skills=python&match=all'
		);
		expect(attr('title')).toBe('Skills “by role” & <more>');
		expect(attr('height')).toBe(String(EMBED_HEIGHT['skill-heatmap']));
		expect(attr('width')).toBe('100%');
		expect(script).toMatch(/<\/script>$/);
	});

	it('sizes its iframe from this site’s messages only, and only with a plausible height', () => {
		// Run the snippet against a stand-in window: the listener it adds is what a host page gets.
		let listener: ((e: { origin: string; source: unknown; data: unknown }) => void) | undefined;
		const frame = { contentWindow: {}, style: { height: '' } };
		const other = { contentWindow: {}, style: { height: '' } };
		new Function('addEventListener', 'document', script!.replace(/<\/script>$/, ''))(
			(_: string, fn: typeof listener) => (listener = fn),
			{ querySelectorAll: () => [frame, other] }
		);
		const send = (origin: string, source: unknown, data: unknown) =>
			listener!({ origin, source, data });
		const message = { type: EMBED_MESSAGE, chart: 'skill-heatmap', height: 812.4 };
		send('https://jobs.example.org', frame.contentWindow, message);
		expect(frame.style.height).toBe('813px');
		expect(other.style.height).toBe('');
		send('https://evil.example', frame.contentWindow, { ...message, height: 5 });
		send('https://jobs.example.org', frame.contentWindow, { ...message, height: 1e9 });
		send('https://jobs.example.org', frame.contentWindow, { ...message, height: '9px' });
		send('https://jobs.example.org', frame.contentWindow, { type: 'other', height: 5 });
		expect(frame.style.height).toBe('813px');
	});
});
