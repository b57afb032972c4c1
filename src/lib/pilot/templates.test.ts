import { describe, expect, it } from 'vitest';
import {
	knownOutcomes,
	outcomeFromHeader,
	recogniseTemplate,
	template,
	templateCsv,
	templates,
	type TemplateId
} from './templates';

const ids: TemplateId[] = ['deelnemers', 'metingen', 'geaggregeerd', 'procesregistratie'];
const header = (id: TemplateId) => template(id).columns.map((c) => c.name);
const split = (line: string) => line.split(';');

describe('templateCsv', () => {
	it.each(ids)('templateCsv(%s) is a BOM, the header and one example row of equal width', (id) => {
		const csv = templateCsv(id);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const lines = csv.split('\r\n');
		expect(lines).toHaveLength(3);
		expect(lines[2]).toBe('');
		const [head, example] = lines.map(split);
		expect(head).toHaveLength(example!.length);
	});

	it.each(ids)('templateCsv(%s) round-trips through recogniseTemplate', (id) => {
		const [head] = templateCsv(id).split('\r\n');
		expect(recogniseTemplate(split(head!))).toBe(id);
	});

	it('marks the required columns of the contract', () => {
		const required = Object.fromEntries(
			templates.map((t) => [t.id, t.columns.filter((c) => c.required).map((c) => c.name)])
		);
		expect(required).toEqual({
			deelnemers: ['pilot', 'deelnemer_id', 'groep', 'startdatum'],
			metingen: ['pilot', 'deelnemer_id', 'meetmoment'],
			geaggregeerd: ['pilot', 'groep', 'meetmoment', 'uitkomst', 'n'],
			procesregistratie: ['pilot', 'periode']
		});
	});

	it('keeps example values inside the allowed values', () => {
		for (const t of templates) {
			t.columns.forEach((c, i) => {
				const value = t.example[i] ?? '';
				if (c.allowed && !c.allowed.open) expect(c.allowed.values).toContain(value);
			});
		}
	});
});

describe('recogniseTemplate', () => {
	const cases: { name: string; header: string[]; expected: TemplateId | null }[] = [
		{
			name: 'reordered deelnemers columns with odd case, spaces and a BOM',
			header: ['\uFEFFDeelnemer_ID', ' Groep ', 'PILOT', 'startdatum', 'uitstroom_type'],
			expected: 'deelnemers'
		},
		{
			name: 'a space instead of an underscore',
			header: ['pilot', 'deelnemer id', 'groep', 'startdatum'],
			expected: 'deelnemers'
		},
		{
			name: 'Excel trailing separators',
			header: ['pilot', 'deelnemer_id', 'groep', 'startdatum', '', ''],
			expected: 'deelnemers'
		},
		{
			name: 'metingen with custom outcome columns',
			header: [
				'pilot',
				'deelnemer_id',
				'meetmoment',
				'welbevinden_who5',
				'eenzaamheid (score 1-10)',
				'Aantal contacten'
			],
			expected: 'metingen'
		},
		{
			name: 'metingen with only a custom outcome and no datum',
			header: ['meetmoment', 'pilot', 'deelnemer_id', 'schulden (ja/nee)'],
			expected: 'metingen'
		},
		{
			name: 'a known outcome with its unit in brackets',
			header: ['pilot', 'deelnemer_id', 'meetmoment', 'welbevinden_who5 (0-100)'],
			expected: 'metingen'
		},
		{
			name: 'procesregistratie with extra uitval reasons and fewer measures',
			header: ['pilot', 'periode', 'gestart', 'uitgevallen', 'uitval_werk', 'uitval_zorg'],
			expected: 'procesregistratie'
		},
		{
			name: 'geaggregeerd with aandeel only',
			header: ['pilot', 'groep', 'meetmoment', 'uitkomst', 'n', 'aandeel'],
			expected: 'geaggregeerd'
		},
		{
			name: 'an ordinary long indicator export',
			header: split('gebiedscode;gebiedsnaam;indicator;periode;waarde;n;ondergrens;bovengrens'),
			expected: null
		},
		{
			name: 'a long export that happens to have a pilot column',
			header: split('pilot;gebiedscode;indicator;periode;waarde'),
			expected: null
		},
		{
			name: 'deelnemers without startdatum (partial)',
			header: ['pilot', 'deelnemer_id', 'groep'],
			expected: null
		},
		{
			name: 'metingen without the pilot column',
			header: ['deelnemer_id', 'meetmoment', 'welbevinden_who5'],
			expected: null
		},
		{
			name: 'metingen without any outcome',
			header: ['pilot', 'deelnemer_id', 'meetmoment', 'datum'],
			expected: null
		},
		{
			name: 'deelnemers with an extra column (a name column must not slip in)',
			header: ['pilot', 'deelnemer_id', 'groep', 'startdatum', 'naam'],
			expected: null
		},
		{
			name: 'metingen mixed with deelnemers columns',
			header: ['pilot', 'deelnemer_id', 'meetmoment', 'groep', 'welbevinden_who5'],
			expected: null
		},
		{
			name: 'procesregistratie with an unknown column',
			header: ['pilot', 'periode', 'benaderd', 'opmerking'],
			expected: null
		},
		{
			name: 'geaggregeerd with sd but neither gemiddelde nor aandeel',
			header: ['pilot', 'groep', 'meetmoment', 'uitkomst', 'n', 'sd'],
			expected: null
		},
		{
			name: 'a column named twice',
			header: ['pilot', 'deelnemer_id', 'groep', 'startdatum', 'Groep'],
			expected: null
		},
		{
			name: 'the same outcome twice, once with a unit',
			header: ['pilot', 'deelnemer_id', 'meetmoment', 'werk_12u', 'werk_12u (ja/nee)'],
			expected: null
		},
		{
			name: 'an empty column name in the middle',
			header: ['pilot', '', 'deelnemer_id', 'groep', 'startdatum'],
			expected: null
		},
		{ name: 'an empty header', header: [], expected: null }
	];
	it.each(cases)('recogniseTemplate: $name', ({ header, expected }) => {
		expect(recogniseTemplate(header)).toBe(expected);
	});

	it.each(ids)('recogniseTemplate(%s header) holds when the columns are reversed', (id) => {
		expect(recogniseTemplate([...header(id)].reverse())).toBe(id);
	});
});

describe('outcomeFromHeader', () => {
	it.each(knownOutcomes)('outcomeFromHeader($id) is the known outcome', (known) => {
		expect(outcomeFromHeader(known.id)).toBe(known);
		expect(outcomeFromHeader(` ${known.id.toUpperCase()} (eenheid)`)).toBe(known);
	});

	it.each([
		{
			name: 'eenzaamheid (score 1-10)',
			expected: { id: 'eenzaamheid', label: 'Eenzaamheid', unit: 'score 1-10', min: 1, max: 10 }
		},
		{
			name: 'Aantal contacten',
			expected: {
				id: 'aantal_contacten',
				label: 'Aantal contacten',
				unit: null,
				min: null,
				max: null
			}
		},
		{
			name: 'schulden_opgelost (ja/nee)',
			expected: {
				id: 'schulden_opgelost',
				label: 'Schulden opgelost',
				unit: 'ja/nee',
				min: null,
				max: null
			}
		},
		{
			name: 'inkomen (euro per maand)',
			expected: { id: 'inkomen', label: 'Inkomen', unit: 'euro per maand', min: null, max: null }
		},
		{
			name: 'Stress (0,5 – 4,5)',
			expected: { id: 'stress', label: 'Stress', unit: '0,5 – 4,5', min: 0.5, max: 4.5 }
		},
		{
			name: 'Tevredenheid één (  )',
			expected: {
				id: 'tevredenheid_een',
				label: 'Tevredenheid één',
				unit: null,
				min: null,
				max: null
			}
		}
	])('outcomeFromHeader($name) reads a custom outcome', ({ name, expected }) => {
		expect(outcomeFromHeader(name)).toEqual({ ...expected, kind: null, known: false });
	});
});
