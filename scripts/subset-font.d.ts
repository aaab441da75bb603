// The part of `subset-font` (which ships no types) that scripts/font.mjs uses.
declare module 'subset-font' {
	export default function subsetFont(
		font: Uint8Array,
		text: string,
		options?: {
			targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt';
			variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
			keepFeatures?: string[];
		}
	): Promise<Buffer>;
}
