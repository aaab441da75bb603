/**
 * The requirement-strength rubric. Each requirement in `data/` carries one of these ids, chosen from
 * the seed's own wording; the cues below are the phrases that decide it, so a reader (and a reviewer
 * of a new dataset) can check every classification against its quote.
 */
export const STRENGTH_IDS = ['essential', 'expected', 'familiarity', 'beneficial'] as const;

export type StrengthId = (typeof STRENGTH_IDS)[number];

export interface StrengthInfo {
	id: StrengthId;
	label: string;
	/** 4 = strongest. Used to order the heatmap scale and to sort. */
	rank: number;
	/** A glyph drawn in heatmap cells, so strength never depends on colour alone. */
	symbol: string;
	/** The wording in the source that earns this strength. */
	cues: string[];
}

export const STRENGTHS: Record<StrengthId, StrengthInfo> = {
	essential: {
		id: 'essential',
		label: 'Essential',
		rank: 4,
		symbol: '●',
		cues: ['must have', 'necessary', 'essential', 'must', 'strong … background']
	},
	expected: {
		id: 'expected',
		label: 'Expected',
		rank: 3,
		symbol: '◐',
		cues: [
			'need',
			'require',
			'experience with',
			'working knowledge',
			'good understanding',
			'commonly need',
			'many … have',
			'hold at least'
		]
	},
	familiarity: {
		id: 'familiarity',
		label: 'Familiarity',
		rank: 2,
		symbol: '○',
		cues: ['at a minimum, a familiarity with']
	},
	beneficial: {
		id: 'beneficial',
		label: 'Beneficial',
		rank: 1,
		symbol: '·',
		cues: ['not always required, but it’s beneficial']
	}
};

/** Strengths from strongest to weakest. */
export const STRENGTH_ORDER: StrengthInfo[] = STRENGTH_IDS.map((id) => STRENGTHS[id]);
