import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import {
	describeProblem,
	draftFromBytes,
	draftFromFile,
	draftFromText,
	finishDraft,
	importText,
	nameFromFile,
	redraftAt,
	redraftSheet,
	type Draft
} from '../../src/lib/data/import';
import { profileColumns, proposeMapping } from '../../src/lib/data/import/mapping';
import { detectDecimal, parseNumber, readFigure } from '../../src/lib/data/import/numbers';
import {
	decodeText,
	detectDelimiter,
	findHeader,
	readTable
} from '../../src/lib/data/import/table';
import { headerDate } from '../../src/lib/data/import/build';
import { datasetToCsv } from '../../src/lib/data/import/template';
import { parseDataset } from '../../src/lib/data/parse';
import { loadSeedDataset } from '../helpers/dataset';

describe('parseNumber', () => {
	it.each([
		{ text: '$161,000', expected: 161000 },
		{ text: '161000', expected: 161000 },
		{ text: '161k', expected: 161000 },
		{ text: '$161K', expected: 161000 },
		{ text: '1.2m', expected: 1200000 },
		{ text: '20%', expected: 20 },
		{ text: '20 percent', expected: 20 },
		{ text: '−4.2', expected: -4.2 },
		{ text: '-4.2%', expected: -4.2 },
		{ text: '(3)', expected: -3 },
		{ text: '+8', expected: 8 },
		{ text: 'USD 93,600', expected: 93600 },
		{ text: '£45,000', expected: 45000 },
		{ text: '45 000 €', expected: 45000 },
		{ text: 'GBP 45,000', expected: 45000 },
		{ text: 'CA$90k', expected: 90000 },
		{ text: "CHF 120'000", expected: 120000 },
		{ text: '100 FTE', expected: null },
		{ text: '1 234', expected: 1234 },
		{ text: 'n/a', expected: null },
		{ text: '', expected: null },
		{ text: '12,34,5', expected: null },
		{ text: '161,000 or so', expected: null }
	])('$text → $expected', ({ text, expected }) => {
		expect(parseNumber(text)).toBe(expected);
	});

	it.each([
		{ text: '1.234,5', expected: 1234.5 },
		{ text: '4,2', expected: 4.2 },
		{ text: '−0,5', expected: -0.5 },
		{ text: '161.000', expected: 161000 }
	])('comma decimals: $text → $expected', ({ text, expected }) => {
		expect(parseNumber(text, ',')).toBe(expected);
	});

	it.each([
		{ text: '$90,000–$120,000', periods: true, figure: { n: 105000, range: true, per: null } },
		{ text: '35k - 45k', periods: true, figure: { n: 40000, range: true, per: null } },
		{ text: '5 to 7%', periods: false, figure: { n: 6, range: true, per: null } },
		{ text: '-5-3', periods: false, figure: { n: -1, range: true, per: null } },
		{ text: '$45/hour', periods: true, figure: { n: 93600, range: false, per: 'hour' } },
		{ text: '$20–$25 an hour', periods: true, figure: { n: 46800, range: true, per: 'hour' } },
		{ text: '£3,000 per month', periods: true, figure: { n: 36000, range: false, per: 'month' } },
		{ text: '£45,000 p.a.', periods: true, figure: { n: 45000, range: false, per: null } },
		{ text: '$150,000 a year', periods: true, figure: { n: 150000, range: false, per: null } },
		{ text: '161000', periods: true, figure: { n: 161000, range: false, per: null } },
		{
			text: '17% (Much faster than average)',
			periods: false,
			figure: { n: 17, range: false, per: null }
		},
		{
			text: '$64 per hour (median)',
			periods: true,
			figure: { n: 133120, range: false, per: 'hour' }
		},
		{ text: '$64 per hour (2024)', periods: true, figure: null },
		{ text: '(3)', periods: false, figure: { n: -3, range: false, per: null } },
		{ text: '$45/hour', periods: false, figure: null },
		{ text: '$45/fortnight', periods: true, figure: null },
		{ text: '120-90', periods: true, figure: null },
		// An occupation's code, not a range: its top is many times its bottom.
		{ text: '15-2051', periods: false, figure: null },
		{ text: '15-2051.01', periods: false, figure: null },
		{ text: '0-5%', periods: false, figure: { n: 2.5, range: true, per: null } },
		{ text: '2024-01-31', periods: true, figure: null },
		{ text: 'n/a', periods: true, figure: null }
	])('reads $text as a figure (periods: $periods)', ({ text, periods, figure }) => {
		expect(readFigure(text, '.', periods)).toEqual(figure);
	});

	it('detects a comma-decimal column, and a point-decimal one with thousands', () => {
		expect(detectDecimal(['1.234,5', '4,2', '12'])).toBe(',');
		expect(detectDecimal(['1,234.5', '161,000', '4.2'])).toBe('.');
		expect(detectDecimal(['161,000', '93,600'])).toBe('.');
	});
});

describe('reading the text', () => {
	it.each([
		{ text: 'a,b,c\n1,2,3', delimiter: ',' },
		{ text: 'a\tb\tc\n1\t2,5\t3', delimiter: '\t' },
		{ text: 'a;b;c\n1;2,5;3', delimiter: ';' },
		{ text: '"a,x";b\n"1,2";3', delimiter: ';' }
	])('finds the delimiter of $text', ({ text, delimiter }) => {
		expect(detectDelimiter(text)).toBe(delimiter);
	});

	it('drops a byte-order mark and reads mixed line endings', () => {
		const t = readTable('\ufeffRole,Pay\r\nA,1\nB,2\rC,3\r\n');
		expect(t.header).toEqual(['Role', 'Pay']);
		expect(t.rows).toEqual([
			['A', '1'],
			['B', '2'],
			['C', '3']
		]);
	});

	it('refuses a binary file under a text name, saying what it is', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
		expect(decodeText(png)).toEqual({ error: expect.stringContaining('not text in UTF-8') });
		const zeros = new TextEncoder().encode('Role,Pay\nA\u0000B,1');
		expect(decodeText(zeros)).toEqual({ error: expect.stringContaining('1 control character') });
		expect(draftFromBytes(png, 'roles.csv')).toEqual({
			problems: [expect.objectContaining({ level: 'error', row: null })]
		});
	});

	it.each([
		{
			name: 'in the first row',
			sheet: [
				['Role', 'Pay', 'Growth'],
				['A', '1', '2']
			],
			at: 0
		},
		{
			name: 'under a title and a blank row',
			sheet: [['Salary survey of data roles, 2026', '', ''], [], ['Role', 'Pay', 'Growth'], ['A']],
			at: 2
		},
		{
			name: 'under a title and a note of two cells, five columns',
			sheet: [
				['Data roles'],
				['Source:', 'Glassdoor'],
				['Role', 'Pay', 'Growth', 'Python', 'SQL'],
				['A', '1', '2', 'yes', 'yes']
			],
			at: 2
		},
		{
			name: 'with a column left unnamed',
			sheet: [
				['Role', 'Pay', '', 'Python'],
				['A', '1', '2', 'yes']
			],
			at: 0
		},
		{ name: 'in a sheet of one column (no header to find)', sheet: [['Title'], ['A']], at: 0 },
		{ name: 'in an empty sheet', sheet: [], at: 0 }
	])('finds the header $name', ({ sheet, at }) => {
		expect(findHeader(sheet)).toBe(at);
	});

	it('names a dataset after its file', () => {
		expect(nameFromFile('C:\\data\\bls_occupations-2024.csv')).toBe('bls occupations 2024');
	});
});

const BLS = `Occupation,Median pay (2024),Job outlook 2024-34,Typical education,Skills,Licence,Employment
Software developers,"$133,080",15%,Bachelor's degree,Analytical; Communication,,1897100
Registered nurses,"$93,600",5%,Bachelor's degree,Communication; Empathy,x,3391000
Electricians,"$62,350",9%,High school diploma,Math,yes,818700
`;

describe('mapping', () => {
	it('proposes title, pay and growth from the header; categories, ticks and ignored numbers', () => {
		const t = readTable(BLS);
		const profiles = profileColumns(t.header, t.rows);
		expect(profiles.map((p) => p.kind)).toEqual([
			'text',
			'number',
			'number',
			'text',
			'text',
			'mark',
			'number'
		]);
		expect(proposeMapping(profiles).uses).toEqual([
			'title',
			'pay',
			'growth',
			'category',
			'category',
			'skill',
			'ignore'
		]);
	});

	it('makes a dataset: each value of a category a skill, a tick a skill named by its header', () => {
		const r = importText(BLS, 'bls.csv');
		expect(r.problems).toEqual([]);
		expect(r.ignored).toEqual(['Employment (numbers that are neither pay nor growth)']);
		const d = r.dataset!;
		// The header's year says when the pay was taken.
		expect(d.meta).toMatchObject({ title: 'bls', pay: { name: 'Median pay' }, salaryAsOf: '2024' });
		expect(d.roles.map((x) => [x.title, x.salary.median, x.growth.percent])).toEqual([
			['Software developers', 133080, 15],
			['Registered nurses', 93600, 5],
			['Electricians', 62350, 9]
		]);
		expect(d.categories.map((c) => c.label)).toEqual([
			'Typical education',
			'Skills',
			'Requirements'
		]);
		const label = new Map(d.skills.map((s) => [s.id, s.label]));
		expect(d.roles[1]!.requirements.map((q) => label.get(q.skill))).toEqual([
			'Bachelor\u2019s degree'.replace('\u2019', "'"),
			'Communication',
			'Empathy',
			'Licence'
		]);
	});

	it('reads the Bureau of Labor Statistics’ own table: the percent change, not the jobs added', () => {
		// The shape of the BLS Employment Projections table (employment in thousands).
		const table = `"2024 National Employment Matrix title","2024 National Employment Matrix code","Employment, 2024","Employment, 2034","Employment change, numeric, 2024–34","Employment change, percent, 2024–34","Median annual wage, dollars, 2024","Typical education needed for entry"
"Data scientists","15-2051","245.9","328.3","82.5","33.5","112590","Bachelor's degree"
"Statisticians","15-2041","34.6","38.1","3.5","10.1","104350","Master's degree"
"Software developers","15-1252","1,692.1","1,954.5","262.4","15.5","133080","Bachelor's degree"
`;
		const r = importText(table, 'occupations.csv');
		expect(r.dataset!.roles.map((x) => [x.title, x.salary.median, x.growth.percent])).toEqual([
			['Data scientists', 112590, 33.5],
			['Statisticians', 104350, 10.1],
			['Software developers', 133080, 15.5]
		]);
		expect(r.dataset!.meta).toMatchObject({
			pay: { name: 'Median annual wage' },
			salaryAsOf: '2024',
			growth: { name: 'Employment change' },
			growthPeriod: '2024–2034'
		});
		// The occupations' codes (15-2051) are neither a range of figures nor a category of skills.
		expect(r.ignored).toEqual([
			'2024 National Employment Matrix code (codes)',
			'Employment, 2024 (numbers that are neither pay nor growth)',
			'Employment, 2034 (numbers that are neither pay nor growth)',
			'Employment change, numeric, 2024–34 (numbers that are neither pay nor growth)'
		]);
		expect(r.dataset!.categories.map((c) => c.label)).toEqual([
			'Typical education needed for entry'
		]);
		// A code before the title is not taken for it; a "code" of words is a category as any other.
		const profiles = profileColumns(
			['Occupation code', 'Occupation title', 'Pay', 'Growth', 'Dress code'],
			[['15-2051', 'Data scientists', '112590', '33.5', 'Business casual']]
		);
		expect(profiles.map((p) => p.kind)).toEqual(['code', 'text', 'number', 'number', 'text']);
		expect(proposeMapping(profiles).uses).toEqual(['ignore', 'title', 'pay', 'growth', 'category']);
		// A count of jobs is the growth only where nothing better is there.
		const uses = (header: string[]) =>
			proposeMapping(profileColumns(header, [['Analyst', ...header.slice(1).map(() => '5')]])).uses;
		expect(uses(['Role', 'Pay', 'Job growth (number)', 'Job growth'])).toEqual([
			'title',
			'pay',
			'ignore',
			'growth'
		]);
		expect(uses(['Role', 'Pay', 'Jobs change, numeric'])).toEqual(['title', 'pay', 'growth']);
	});

	it('takes a year or a period from a measure’s header, leaving its name', () => {
		const cases: Array<[string, string, string | null]> = [
			['Outlook 2024-2034', 'Outlook', '2024–2034'],
			['Median annual wage, dollars, 2024', 'Median annual wage', '2024'],
			['Employment change, percent, 2024–34', 'Employment change', '2024–2034'],
			['Median pay (2024)', 'Median pay', '2024'],
			['Growth to 2030', 'Growth', 'to 2030'],
			['Salary 2019 to 2029', 'Salary', '2019–2029'],
			['Median pay, April 2026', 'Median pay', 'April 2026'],
			['Median pay (Sept. 2025)', 'Median pay', 'Sept. 2025'],
			['Digital marketing 2024', 'Digital marketing', '2024'],
			// No year at its end, or nothing but a year: the header as it is.
			['Median pay', 'Median pay', null],
			['2024 median pay', '2024 median pay', null],
			['2024', '2024', null],
			['Pay band 3', 'Pay band 3', null]
		];
		for (const [head, name, when] of cases) expect(headerDate(head), head).toEqual({ name, when });
		// The reader's words stand over the header's.
		const r = importText('Role,Pay 2024,Growth 2024-2034\nA,50000,5\n', 'x.csv', {
			payAsOf: 'May 2024'
		});
		expect(r.dataset!.meta).toMatchObject({
			pay: { name: 'Pay' },
			salaryAsOf: 'May 2024',
			growth: { name: 'Growth' },
			growthPeriod: '2024–2034'
		});
	});

	it('lets the reader change the mapping and name the measures', () => {
		const draft = draftFromText(BLS, 'bls.csv');
		if ('problems' in draft || draft.kind !== 'table') throw new Error('no draft');
		const uses = [...draft.mapping.uses];
		uses[4] = 'ignore';
		const r = finishDraft(draft, { uses }, { name: 'Three jobs', payName: 'Median wage' });
		expect(r.dataset!.meta.title).toBe('Three jobs');
		expect(r.dataset!.meta.pay).toEqual({ name: 'Median wage' });
		expect(r.dataset!.categories.map((c) => c.label)).toEqual([
			'Typical education',
			'Requirements'
		]);
	});
});

describe('pay in any currency', () => {
	it('reads the currency its cells carry, and says it everywhere the pay is named', () => {
		const r = importText('Role,Salary,Growth\nNurse,"£38,000",6%\nChef,"£29,500",5%', 'uk.csv');
		const meta = r.dataset!.meta;
		expect(meta.currency).toBe('GBP');
		expect(r.dataset!.roles.map((x) => x.salary.median)).toEqual([38000, 29500]);
		expect(meta.salaryDefinition).toBe('Salary, in GBP a year, as given in uk.');
		expect(r.problems).toEqual([]);
	});

	it('reads the currency a header names, and drops it from the name', () => {
		const r = importText('Role,Median pay (EUR),Growth\nA,52000,3\nB,61000,4', 'eu.csv');
		expect(r.dataset!.meta.currency).toBe('EUR');
		expect(r.dataset!.meta.pay).toEqual({ name: 'Median pay' });
		// A bracket that names no currency stays in the name.
		const fte = importText('Role,Pay (FTE),Growth\nA,52000,3', 'f.csv');
		expect(fte.dataset!.meta).toMatchObject({ currency: 'USD', pay: { name: 'Pay (FTE)' } });
	});

	it('takes the currency the reader gives: a $ that is Canadian', () => {
		const draft = draftFromText('Role,Pay,Growth\nA,"$90,000",3\nB,"$75,000",4', 'ca.csv');
		if ('problems' in draft || draft.kind !== 'table') throw new Error('no draft');
		const cad = finishDraft(draft, undefined, { name: 'ca', currency: 'cad' });
		// A $ names US dollars by default; the reader's code is the column's, so no row is left out.
		expect(cad.dataset!.meta.currency).toBe('CAD');
		expect(cad.dataset!.roles).toHaveLength(2);
		const wrong = finishDraft(draft, undefined, { name: 'ca', currency: 'dollars' });
		expect(wrong.dataset!.meta.currency).toBe('USD');
		expect(wrong.problems).toContainEqual({
			row: null,
			column: 'Currency',
			value: 'dollars',
			message: 'not a currency code such as GBP or EUR; read as USD',
			level: 'warning'
		});
	});

	it('writes the currency into the template, which reads back the same', () => {
		const r = importText('Role,Salary,Growth\nNurse,"£38,000",6%', 'uk.csv');
		const csv = datasetToCsv(r.dataset!);
		expect(csv.split('\n')[0]).toContain('Salary (GBP)');
		expect(importText(csv, 'again.csv').dataset!.meta.currency).toBe('GBP');
	});
});

describe('a sheet with a title above its table', () => {
	const SHEET = `Salary survey of data roles
Collected April 2026

Role,Median pay,Growth,Python
Data scientist,"$150,000",20%,essential
Analyst,n/a,10%,
Engineer,"$160,000",15%,expected
`;

	it('reads the table under it, and numbers the rows as the spreadsheet does', () => {
		const draft = draftFromText(SHEET, 'survey.csv');
		if (!('kind' in draft) || draft.kind !== 'table') throw new Error('no draft');
		expect(draft.table.headerRow).toBe(4);
		expect(draft.table.above.map((r) => r.join(''))).toEqual([
			'Salary survey of data roles',
			'Collected April 2026',
			''
		]);
		expect(draft.mapping.uses).toEqual(['title', 'pay', 'growth', 'skill']);
		const result = finishDraft(draft);
		expect(result.dataset!.roles.map((r) => [r.title, r.salary.median])).toEqual([
			['Data scientist', 150000],
			['Engineer', 160000]
		]);
		// "Analyst" is the sheet's row 6.
		expect(result.problems.map(describeProblem)).toEqual([
			'row 6, Median pay: “n/a” is not a number; the row is left out'
		]);
	});

	it('reads it again with the header where the reader says, keeping the names given', () => {
		const draft = draftFromText(SHEET, 'survey.csv');
		if (!('kind' in draft) || draft.kind !== 'table') throw new Error('no draft');
		const first = redraftAt(draft, 1);
		if (first.kind !== 'table') throw new Error('no table');
		expect(first.table.header[0]).toBe('Salary survey of data roles');
		expect(first.table.rows).toHaveLength(6);
		expect(finishDraft(first).dataset).toBeNull();
		const back = redraftAt(first, 4);
		if (back.kind !== 'table') throw new Error('no table');
		expect(back.table.header).toEqual(['Role', 'Median pay', 'Growth', 'Python']);
		expect(back.mapping).toEqual(draft.mapping);
		expect(
			finishDraft(back, undefined, { name: 'Survey' }).dataset!.roles.map((r) => r.title)
		).toEqual(['Data scientist', 'Engineer']);
		// Out of range: the nearest row that exists.
		expect(redraftAt(draft, 99).kind === 'table' && redraftAt(draft, 99)).toMatchObject({
			table: { headerRow: 7, rows: [] }
		});
	});
});

describe('a total or an average under the roles', () => {
	it('is left out, and said to be', () => {
		const r = importText(
			`Role,Salary,Growth
Data scientist,"$150,000",20%
Total rewards analyst,"$90,000",5%
Average,"$120,000",12.5%
Grand total:,"$240,000",
`,
			'roles.csv'
		);
		expect(r.dataset!.roles.map((x) => x.title)).toEqual([
			'Data scientist',
			'Total rewards analyst'
		]);
		expect(r.problems.map(describeProblem)).toEqual([
			'row 4, Role: a summary of the rows, not a role; the row is left out',
			'row 5, Role: a summary of the rows, not a role; the row is left out'
		]);
	});
});

describe('ranges and pay by the hour', () => {
	it('reads a range as its midpoint and a pay by the hour as a year’s, and says so per column', () => {
		const r = importText(
			`Role,Salary,Growth
Data scientist,"$90,000–$120,000",20%
Analyst,$45/hour,5–7%
Engineer,"$100,000 - $140,000",3%
Clerk,$3k/month,2%
`,
			'postings.csv'
		);
		expect(r.dataset!.roles.map((x) => [x.title, x.salary.median, x.growth.percent])).toEqual([
			['Data scientist', 105000, 20],
			['Analyst', 93600, 6],
			['Engineer', 120000, 3],
			['Clerk', 36000, 2]
		]);
		expect(r.problems.map(describeProblem)).toEqual([
			'Salary: 2 values are ranges, read as their midpoints (“$90,000–$120,000” as 105,000)',
			'Salary: 1 value is pay by the hour, read as a year’s pay at 2,080 hours a year (“$45/hour” as 93,600)',
			'Salary: 1 value is pay by the month, read as a year’s pay at 12 months a year (“$3k/month” as 36,000)',
			'Growth: 1 value is a range, read as its midpoint (“5–7%” as 6)'
		]);
		// Nothing was left out: these are notes on how the columns were read.
		expect(r.problems.every((p) => p.level === 'note')).toBe(true);
	});
});

describe('pay as a range in two columns', () => {
	it('reads the midpoint of a bottom and a top column, named without “min”, and says so', () => {
		const r = importText(
			`Job title,Salary min,Salary max,Openings,Growth
Data scientist,"$90,000","$120,000",40,20%
Analyst,$60k,$80k,120,5%
Engineer,"$140,000","$100,000",15,3%
Clerk,"$30,000",,9,2%
`,
			'postings.csv'
		);
		expect(r.dataset!.roles.map((x) => [x.title, x.salary.median, x.growth.percent])).toEqual([
			['Data scientist', 105000, 20],
			['Analyst', 70000, 5]
		]);
		expect(r.problems.map(describeProblem)).toEqual([
			'row 4, Salary max: the top of the range is less than its bottom (“Salary min”, 140,000); the row is left out',
			'row 5, Salary max: “” is not a number; the row is left out',
			'Salary min: the pay is the midpoint of this column and “Salary max” (“$90,000” and “$120,000” as 105,000, and 1 more)'
		]);
		expect(r.problems.map((p) => p.level)).toEqual(['warning', 'warning', 'note']);
		const meta = r.dataset!.meta;
		expect(meta.pay?.name).toBe('Salary');
		expect(meta.salaryDefinition).toBe(
			'Salary, in US dollars a year, as given in postings (the midpoint of its range).'
		);
		expect(r.dataset!.sources[0]!.citation).toBe(
			'Salary, the midpoint of columns “Salary min” and “Salary max”.'
		);
		expect(r.ignored).toEqual(['Openings (numbers that are neither pay nor growth)']);
	});

	it('finds the pair however the headers write it; a second pay column is never the growth', () => {
		const uses = (header: string[]) =>
			proposeMapping(profileColumns(header, [['Analyst', ...header.slice(1).map(() => '50000')]]))
				.uses;
		expect(uses(['Role', 'min_salary', 'max_salary', 'Growth'])).toEqual([
			'title',
			'pay',
			'payTop',
			'growth'
		]);
		expect(uses(['Role', 'Pay (highest)', 'Pay (lowest)', 'Outlook'])).toEqual([
			'title',
			'payTop',
			'pay',
			'growth'
		]);
		// Two pay columns that are not a range: the first is the pay, the other left for the reader.
		expect(uses(['Role', 'Median pay', 'Mean pay', 'Change'])).toEqual([
			'title',
			'pay',
			'ignore',
			'growth'
		]);
		// No growth column: the file is refused, saying so, rather than pay read as growth.
		const r = importText('Role,Salary from,Salary to\nAnalyst,50000,70000\n', 'jobs.csv');
		expect(r.dataset).toBeNull();
		expect(r.problems[0]!.message).toBe(
			'The file has no growth column (percentages such as 20% or −4.2). Choose the columns to use, or add them to the file.'
		);
		const named = importText(
			'Role,Minimum salary,Maximum salary,Growth\nAnalyst,50000,70000,4\n',
			'jobs.csv'
		);
		expect(named.dataset!.meta.pay?.name).toBe('Salary');
		expect(named.dataset!.roles[0]!.salary.median).toBe(60000);
	});
});

describe('pay in thousands', () => {
	it('reads a pay column in thousands where its header says so, in its currency, and says so', () => {
		const r = importText(
			`Role,Median pay (£000),Growth
Data scientist,62.5,20%
Analyst,41,5%
`,
			'survey.csv'
		);
		expect(r.dataset!.roles.map((x) => x.salary.median)).toEqual([62500, 41000]);
		expect(r.dataset!.meta).toMatchObject({ currency: 'GBP', pay: { name: 'Median pay' } });
		expect(r.problems.map(describeProblem)).toEqual([
			'Median pay (£000): in thousands, as the header says: read as such (“62.5” as 62,500)'
		]);
		expect(r.problems[0]!.level).toBe('note');
		const pay = (header: string, cells: string[]) =>
			importText(
				`Role,${header},Growth\n${cells.map((c, i) => `R${i},"${c}",5`).join('\n')}\n`,
				'x.csv'
			).dataset?.roles.map((x) => x.salary.median);
		expect(pay('"Salary ($K)"', ['112.6', '98'])).toEqual([112600, 98000]);
		expect(pay('"Salary, in thousands"', ['112.6', '98'])).toEqual([112600, 98000]);
		expect(pay('"Pay (USD thousands)"', ['112.6', '98'])).toEqual([112600, 98000]);
		expect(pay('"Salary min (\'000)"', ['50'])).toEqual([50000]);
		// A header saying thousands over full figures: the figures are taken at their word.
		expect(pay('"Pay ($000)"', ['112,600', '98,000'])).toEqual([112600, 98000]);
		// Nor is a pay read in thousands unless the header says so (an hourly pay is not).
		expect(pay('Pay', ['45', '112,600'])).toEqual([112600]);
		expect(pay('"Pay (bank)"', ['45', '112,600'])).toEqual([112600]);
	});
});

describe('problems, listed with the row, the column and the value', () => {
	it.each([
		{
			name: 'a value that is not a number',
			text: 'Role,Median pay,Growth\nA,n/a,5%\nB,"$90,000",3%',
			problem: {
				row: 2,
				column: 'Median pay',
				value: 'n/a',
				message: '“n/a” is not a number; the row is left out'
			},
			roles: ['B']
		},
		{
			name: 'pay in thousands',
			text: 'Role,Salary,Outlook\nA,161,5\nB,90000,3',
			problem: {
				row: 2,
				column: 'Salary',
				value: '161',
				message:
					'161 is not a yearly pay in US dollars (expected 10,000 to 5,000,000); the row is left out'
			},
			roles: ['B']
		},
		{
			name: 'pay in another currency than the column’s',
			text: 'Role,Salary,Outlook\nA,"£45,000",5\nB,"€50,000",3\nC,"£61,000",2',
			problem: {
				row: 3,
				column: 'Salary',
				value: '€50,000',
				message: '“€50,000” is in EUR, the column in GBP; the row is left out'
			},
			roles: ['A', 'C']
		},
		{
			name: 'a duplicate title',
			text: 'Role,Pay,Growth\nA,90000,3\nA,95000,4',
			problem: {
				row: 3,
				column: 'Role',
				value: 'A',
				message: '“A” is also row 2; both are kept, this one as “A (row 3)”'
			},
			roles: ['A', 'A (row 3)']
		},
		{
			name: 'an empty row',
			text: 'Role,Pay,Growth\nA,90000,3\n,,\nB,95000,4',
			problem: { row: 3, column: null, value: null, message: 'the row is empty; it is left out' },
			roles: ['A', 'B']
		},
		{
			name: 'a 1 MB cell',
			text: `Role,Pay,Growth\n${'x'.repeat(1 << 20)},90000,3`,
			problem: {
				row: 2,
				column: 'Role',
				value: `${'x'.repeat(39)}…`,
				message: 'a title of 1,048,576 characters; cut to 200'
			},
			roles: [`${'x'.repeat(199)}…`]
		}
	])('$name', ({ text, problem, roles }) => {
		const r = importText(text, 'f.csv');
		expect(r.problems).toContainEqual({ ...problem, level: 'warning' });
		expect(r.dataset!.roles.map((x) => x.title)).toEqual(roles);
	});

	it.each([
		{ text: '', message: 'The file is empty.' },
		{
			text: 'Role,Notes\nA,b',
			message: 'The file has no pay column (numbers such as $161,000 or 161k), no growth column'
		},
		{ text: 'Role,Pay,Growth\nA,abc,def', message: 'No row of the file could be used' },
		{ text: '{"meta": 1}', message: 'f.json: meta' }
	])('refuses $text with one clear message', ({ text, message }) => {
		const r = importText(text, text.startsWith('{') ? 'f.json' : 'f.csv');
		expect(r.dataset).toBeNull();
		expect(r.problems[0]).toMatchObject({ level: 'error' });
		expect(r.problems[0]!.message).toContain(message);
	});
});

describe('the template', () => {
	it('round-trips the bundled data: spreadsheet → app → spreadsheet', () => {
		const seed = loadSeedDataset();
		const csv = datasetToCsv(seed);
		const r = importText(csv, 'roles.csv');
		expect(r.problems).toEqual([]);
		const d = r.dataset!;
		expect(d.meta.pay?.name).toBe('Median total pay');
		expect(d.meta.growth?.name).toBe('Projected job growth');
		// The dates ride in the headers: "Median total pay, April 2026 (USD)".
		expect(csv.split('\n')[0]).toMatch(
			/^Role,"Median total pay, April 2026 \(USD\)","Projected job growth, 2024–2034 \(%\)",/
		);
		expect(d.meta).toMatchObject({ salaryAsOf: 'April 2026', growthPeriod: '2024–2034' });
		expect(d.roles.map((x) => [x.title, x.salary.median, x.growth.percent])).toEqual(
			seed.roles.map((x) => [x.title, x.salary.median, x.growth.percent])
		);
		const byLabel = (data: typeof seed) => {
			const label = new Map(data.skills.map((s) => [s.id, s.label]));
			const cat = new Map(data.categories.map((c) => [c.id, c.label]));
			const catOf = new Map(data.skills.map((s) => [s.id, cat.get(s.category)]));
			return data.roles.map((x) =>
				x.requirements
					.map((q) => `${catOf.get(q.skill)}: ${label.get(q.skill)} = ${q.strength}`)
					.sort()
			);
		};
		expect(byLabel(d)).toEqual(byLabel(seed));
		expect(d.roles.map((x) => x.responsibilities)).toEqual(
			seed.roles.map((x) => x.responsibilities)
		);
		// And back again, the same spreadsheet.
		expect(datasetToCsv(d)).toBe(csv);
	});
});

describe('any input', () => {
	const check = (text: string) => {
		const r = importText(text, 'any.csv');
		expect(r.dataset !== null || r.problems.some((p) => p.level === 'error')).toBe(true);
		// What the importer makes, the schema (and so the build) accepts.
		if (r.dataset) expect(() => parseDataset(JSON.stringify(r.dataset), 'any.csv')).not.toThrow();
		for (const p of r.problems) {
			if (p.row === null) continue;
			expect(p.row).toBeGreaterThanOrEqual(2);
			expect(p.column !== null || p.message === 'the row is empty; it is left out').toBe(true);
		}
	};

	it('yields a dataset or problems, never an exception (any text)', () => {
		fc.assert(fc.property(fc.string({ unit: 'binary' }), check), { numRuns: 300 });
	});

	it('yields a dataset or problems, never an exception (any table of cells)', () => {
		const cell = fc.oneof(
			fc.string(),
			fc.constantFrom('$161,000', '20%', '−4.2', 'x', 'essential', '', 'n/a', '161k', ';', '"')
		);
		fc.assert(
			fc.property(
				fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 }),
				fc.constantFrom(',', '\t', ';'),
				(rows, d) => {
					const header = ['Role', 'Pay', 'Growth', 'Skills', 'Tick', 'Other'];
					const text = [header, ...rows]
						.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(d))
						.join('\n');
					check(text);
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('the build reads a spreadsheet too', () => {
	it('ML_DATA=roles.csv: the same importer, the proposed mapping', async () => {
		const { loadDataset } = await import('../../src/lib/server/dataset');
		const d = loadDataset('tests/fixtures/own-roles.csv');
		expect(d.meta.title).toBe('own roles');
		expect(d.roles.map((r) => [r.title, r.salary.median, r.growth.percent])).toEqual([
			['Data analyst', 83640, 23],
			['Web developer', 92750, 7],
			['Actuary', 125770, 22],
			['Dental hygienist', 94260, 7],
			['Statistician', 103300, 8]
		]);
	});
});

describe('an Excel workbook (.xlsx)', () => {
	const open = async (bytes: Uint8Array, name: string) => {
		const draft = await draftFromFile(bytes, name);
		return 'problems' in draft ? { dataset: null, problems: draft.problems } : finishDraft(draft);
	};

	it('reads the first sheet as the CSV is read; a cell showing 23% (0.23) is 23%', async () => {
		const xlsx = await open(readFileSync('tests/fixtures/own-roles.xlsx'), 'own-roles.xlsx');
		const csv = importText(readFileSync('tests/fixtures/own-roles.csv', 'utf8'), 'own-roles.csv');
		const rows = (d: typeof csv.dataset) =>
			d!.roles.map((r) => [r.title, r.salary.median, r.growth.percent, r.requirements.length]);
		expect(rows(xlsx.dataset)).toEqual(rows(csv.dataset));
		expect(rows(xlsx.dataset)[0]).toEqual(['Data analyst', 83640, 23, 4]);
		expect(xlsx.dataset!.skills).toEqual(csv.dataset!.skills);
		expect(xlsx.problems.map(describeProblem)).toEqual([
			'Outlook 2024-2034: every value is between −1 and 1, as a workbook keeps percentages (a cell showing 23% holds 0.23): read as percentages, 0.23 as 23%'
		]);
	});

	it('a workbook of several sheets: the first with a title, pay and growth is read, any on asking', async () => {
		const draft = await draftFromFile(
			readFileSync('tests/fixtures/own-roles-sheets.xlsx'),
			'survey.xlsx'
		);
		if ('problems' in draft || draft.kind !== 'table') throw new Error('not read');
		// The notes before it are passed over, as is the lookup table after it.
		expect(draft.sheets).toMatchObject({ names: ['About', 'Roles', 'Education'], at: 1 });
		const single = await open(readFileSync('tests/fixtures/own-roles.xlsx'), 'own-roles.xlsx');
		const roles = (d: Draft) => finishDraft(d).dataset?.roles.map((r) => r.title);
		expect(roles(draft)).toEqual(single.dataset!.roles.map((r) => r.title));
		expect(roles(draft)).toEqual([
			'Data analyst',
			'Web developer',
			'Actuary',
			'Dental hygienist',
			'Statistician'
		]);
		// Another sheet: its header found anew, its columns read, the names given kept.
		const named = { ...draft, names: { ...draft.names, source: 'Careers office' } };
		const lookup = redraftSheet(named, 2);
		if (lookup.kind !== 'table') throw new Error('not a table');
		expect(lookup.sheets!.at).toBe(2);
		expect(lookup.table.header).toEqual(['Typical education', 'Years']);
		expect(lookup.names.source).toBe('Careers office');
		const refused = finishDraft(lookup);
		expect(refused.dataset).toBeNull();
		expect(refused.problems.filter((p) => p.level === 'error').map((p) => p.message)).toEqual([
			'The file has no growth column (percentages such as 20% or −4.2). Choose the columns to use, or add them to the file.'
		]);
		// The notes: a title over nothing the charts can use.
		const notes = redraftSheet(draft, 0);
		expect(notes.kind === 'table' && notes.table.header).toEqual(['Careers survey, spring term']);
		expect(finishDraft(notes).dataset).toBeNull();
		// And back: the roles as first read; a sheet the workbook lacks changes nothing.
		expect(roles(redraftSheet(lookup, 1))).toEqual(roles(draft));
		expect(redraftSheet(draft, 3)).toBe(draft);
		// A text file has no sheets to choose.
		const text = draftFromText('Role,Pay,Growth\nA,100000,5', 'roles.csv');
		expect('kind' in text && redraftSheet(text, 1)).toBe(text);
	});

	it('a zip that is not a workbook, an empty one or a damaged one: one clear message', async () => {
		const zip = zipSync({ 'notes.txt': strToU8('hello') });
		const notWorkbook = await open(zip, 'roles.xlsx');
		expect(notWorkbook.dataset).toBeNull();
		expect(notWorkbook.problems[0]!.message).toMatch(
			/^This file is a zip archive but not an Excel workbook that can be read here \(.+\)\. Open it in your spreadsheet and save it as \.xlsx or as CSV, UTF-8\.$/
		);
		const empty = await open(readFileSync('tests/fixtures/own-empty.xlsx'), 'roles.xlsx');
		expect(empty.problems.map((p) => p.message)).toEqual([
			'No sheet of this workbook has a header row.'
		]);
		const cut = readFileSync('tests/fixtures/own-roles.xlsx').subarray(0, 900);
		expect((await open(cut, 'roles.xlsx')).problems[0]!.message).toMatch(
			/^This file is a zip archive/
		);
	});

	it('a CSV is not taken for a workbook', async () => {
		const r = await open(strToU8('Role,Pay,Growth\nA,100000,0.5'), 'roles.csv');
		// Text keeps its numbers as written: 0.5 is half a percent.
		expect(r.dataset!.roles[0]!.growth.percent).toBe(0.5);
		expect(r.problems).toEqual([]);
	});
});
