/**
 * The dataset's schema. Every TypeScript type for the data is inferred from it, so the types and the
 * validation cannot drift apart. Ranges are deliberately generous ("sane", not "plausible") so a
 * bigger dataset passes, while a typo such as a salary in thousands (`161`) is caught.
 */
import * as v from 'valibot';
import { STRENGTH_IDS } from './strength';

/**
 * Bounds for a median annual pay, in the dataset's currency: below or above is a unit mistake (pay in
 * thousands, in cents), not a salary. Currencies whose yearly pay runs past the top (yen, won) are
 * not read yet.
 */
export const SALARY_RANGE = [10_000, 5_000_000] as const;
/** Bounds for a ten-year projected growth in percent. */
export const GROWTH_RANGE = [-100, 1_000] as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const nonEmpty = v.pipe(
	v.string('expected a string'),
	v.trim(),
	v.minLength(1, 'expected a non-empty string')
);
const id = v.pipe(
	v.string('expected an id string'),
	v.regex(ID, 'expected a lowercase slug id (letters, digits and single hyphens)')
);
const sourceRef = v.pipe(
	v.number('expected a source number'),
	v.integer('expected a whole source number'),
	v.minValue(1, 'expected a source number of 1 or more')
);

export const SkillSchema = v.object({
	id,
	label: nonEmpty,
	/** A shorter label for tight places (heatmap column heads); defaults to `label`. */
	short: v.optional(nonEmpty),
	category: id
});

export const CategorySchema = v.object({ id, label: nonEmpty });

export const RequirementSchema = v.object({
	skill: id,
	strength: v.picklist(STRENGTH_IDS, `expected one of ${STRENGTH_IDS.join(', ')}`),
	quote: nonEmpty
});

export const RoleSchema = v.object({
	id,
	title: nonEmpty,
	/** Median total pay a year, in the dataset's currency (`meta.currency`). */
	salary: v.object({
		median: v.pipe(
			v.number('expected a positive number'),
			v.finite('expected a positive number'),
			v.minValue(SALARY_RANGE[0], `expected a salary of at least ${SALARY_RANGE[0]} a year`),
			v.maxValue(SALARY_RANGE[1], `expected a salary of at most ${SALARY_RANGE[1]} a year`)
		),
		source: sourceRef,
		quote: v.optional(nonEmpty)
	}),
	/** Projected job growth over the dataset's growth period, in percent. */
	growth: v.object({
		percent: v.pipe(
			v.number('expected a number (percent)'),
			v.finite('expected a number (percent)'),
			v.minValue(GROWTH_RANGE[0], `expected a growth of at least ${GROWTH_RANGE[0]}%`),
			v.maxValue(GROWTH_RANGE[1], `expected a growth of at most ${GROWTH_RANGE[1]}%`)
		),
		source: sourceRef,
		quote: v.optional(nonEmpty)
	}),
	requirementsText: v.optional(v.string('expected a string')),
	requirements: v.array(RequirementSchema, 'expected a list of requirements'),
	responsibilities: v.optional(v.string('expected a string'), '')
});

export const SourceSchema = v.object({
	id: sourceRef,
	publisher: nonEmpty,
	kind: v.picklist(['salary', 'growth', 'other'], 'expected "salary", "growth" or "other"'),
	citation: nonEmpty,
	url: v.optional(v.pipe(v.string(), v.url('expected a URL'))),
	accessed: v.optional(v.string())
});

/**
 * How the page names one of the two measures. `name` in axis titles, tables and tooltips
 * ("Median total pay"), `short` where room is tight ("Median pay"), `column` in CSV headers
 * (`median_total_pay` → `median_total_pay_usd`, after the currency).
 */
export const MeasureSchema = v.object({
	name: nonEmpty,
	short: v.optional(nonEmpty),
	column: v.optional(
		v.pipe(
			v.string('expected a string'),
			v.regex(/^[a-z][a-z0-9_]*$/, 'expected a CSV column name (lowercase letters, digits, _)')
		)
	)
});

/**
 * What the dataset says about itself. Every word the page shows about the data comes from here (or,
 * where a field is left out, from the defaults in `words.ts`).
 */
export const MetaSchema = v.object({
	/** The source's title and publisher: named in the lede, the About section and source lines. */
	title: nonEmpty,
	publisher: nonEmpty,
	sourceFile: v.optional(v.string()),
	/** What the pay figure is, in the source's words; shown in About. */
	salaryDefinition: nonEmpty,
	salaryAsOf: nonEmpty,
	growthPeriod: nonEmpty,
	/** The pay's currency, an ISO 4217 code. */
	currency: v.pipe(
		v.string('expected a currency code such as "USD"'),
		v.regex(/^[A-Z]{3}$/, 'expected a currency code such as "USD"')
	),
	/** The scatter's source line. */
	sourceLine: nonEmpty,
	/** The page's headline; defaults to the source's title. */
	headline: v.optional(nonEmpty),
	/** What the roles are, in the plural, for the page title ("machine-learning roles"). */
	subject: v.optional(nonEmpty),
	/** How the lede and the footer name the source (a link to About); defaults to publisher and title. */
	sourceName: v.optional(nonEmpty),
	pay: v.optional(MeasureSchema),
	growth: v.optional(MeasureSchema),
	/** What the growth figure is; shown in About. */
	growthDefinition: v.optional(nonEmpty),
	/** How requirement strengths were read; replaces the rubric built from `strength.ts`. */
	rubric: v.optional(nonEmpty)
});

const Paragraph = v.object({ name: nonEmpty, text: nonEmpty });
const Advice = v.object({ topic: nonEmpty, text: nonEmpty });

export const DatasetSchema = v.object({
	meta: MetaSchema,
	categories: v.pipe(
		v.array(CategorySchema, 'expected a list of categories'),
		v.minLength(1, 'expected at least one category')
	),
	skills: v.array(SkillSchema, 'expected a list of skills'),
	sources: v.array(SourceSchema, 'expected a list of sources'),
	roles: v.pipe(
		v.array(RoleSchema, 'expected a list of roles'),
		v.minLength(1, 'expected at least one role')
	),
	context: v.optional(
		v.object({
			/** The heading over `mlCategories`, and over the roadmap and advice. */
			categoriesTitle: v.optional(nonEmpty),
			roadmapTitle: v.optional(nonEmpty),
			mlCategories: v.array(Paragraph),
			roadmap: v.string(),
			advice: v.array(Advice)
		})
	)
});

export type Dataset = v.InferOutput<typeof DatasetSchema>;
export type Role = v.InferOutput<typeof RoleSchema>;
export type Skill = v.InferOutput<typeof SkillSchema>;
export type Category = v.InferOutput<typeof CategorySchema>;
export type Requirement = v.InferOutput<typeof RequirementSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Meta = v.InferOutput<typeof MetaSchema>;
export type Measure = v.InferOutput<typeof MeasureSchema>;
