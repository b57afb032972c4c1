import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Reads the fictitious pilot sample (data-samples/pilot/) straight from its CSV text, without
 * Wijkpeil's import or queries: an independent route to the numbers the Effect view shows.
 */

const folder = path.resolve(import.meta.dirname, '../../data-samples/pilot');
export const pilotSampleFiles = {
	deelnemers: path.join(folder, 'basisbaan-voorbeeldstad-fictief-deelnemers.csv'),
	metingen: path.join(folder, 'basisbaan-voorbeeldstad-fictief-metingen.csv'),
	geaggregeerd: path.join(folder, 'regelluwe-bijstand-voorbeeldstad-fictief-geaggregeerd.csv')
};

function rows(file: string): Record<string, string>[] {
	const [header, ...lines] = readFileSync(file, 'utf8')
		.split(/\r?\n/)
		.filter((l) => l.trim() !== '');
	const names = header!.split(';');
	return lines.map((line) => {
		const cells = line.split(';');
		return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']));
	});
}

export const sampleParticipants = () => rows(pilotSampleFiles.deelnemers);

/**
 * Mean within-person change of an outcome from the nulmeting to `moment`, per group, for people
 * with a score at both, and the difference pilot minus controle.
 */
export function sampleChange(outcome: string, moment: string) {
	const group = new Map(sampleParticipants().map((p) => [p.deelnemer_id!, p.groep!]));
	const score = new Map<string, number>();
	for (const m of rows(pilotSampleFiles.metingen)) {
		const value = m[outcome];
		if (value) score.set(`${m.deelnemer_id}|${m.meetmoment}`, Number(value.replace(',', '.')));
	}
	const changes: Record<string, number[]> = {};
	for (const [id, grp] of group) {
		const [start, later] = [score.get(`${id}|nulmeting`), score.get(`${id}|${moment}`)];
		if (start !== undefined && later !== undefined) (changes[grp] ??= []).push(later - start);
	}
	const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
	const pilot = mean(changes.pilot ?? []);
	const controle = mean(changes.controle ?? []);
	return {
		pilot,
		controle,
		did: pilot - controle,
		n: { pilot: changes.pilot?.length ?? 0, controle: changes.controle?.length ?? 0 }
	};
}
