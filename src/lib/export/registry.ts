/**
 * The charts on the page that can be exported, each as the files its own buttons would save, so
 * that "Download all" writes every chart of the view exactly as those buttons do. Each export bar
 * registers its chart while it is on the page.
 */
export interface ChartFiles {
	chart: string;
	/** The chart's files: its SVG, its PNG and its CSV, named as the buttons name them. */
	files(): Promise<Array<{ name: string; bytes: Uint8Array }>>;
}

const charts = new Map<string, ChartFiles>();

/** Adds a chart; returns the function that takes it away. */
export function registerChart(entry: ChartFiles): () => void {
	charts.set(entry.chart, entry);
	return () => {
		if (charts.get(entry.chart) === entry) charts.delete(entry.chart);
	};
}

/** The charts on the page, in the page's order. */
export function pageCharts(): ChartFiles[] {
	const at = (c: ChartFiles) => {
		const el = document.getElementById(c.chart);
		return el ? [...document.querySelectorAll('figure[id]')].indexOf(el) : Infinity;
	};
	return [...charts.values()].sort((a, b) => at(a) - at(b));
}
