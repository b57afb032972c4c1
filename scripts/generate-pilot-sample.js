#!/usr/bin/env node
/**
 * Writes the FICTITIOUS pilot sample to data-samples/pilot/ (pure code in scripts/pilot-sample/).
 *
 * Pilot "Basisbaan Voorbeeldstad" in the made-up gemeente Voorbeeldstad (GM9999), randomised per
 * wijk: 300 pilot and 300 controle participants, started 2024-01..2024-06, followed 24 months,
 * data exported on 2026-06-30. True effects built into the data (`truth` in pilot-sample/index.js):
 * - Cumulative share working more than 12 hours a week (uitstroom werk_12 or werk_27) by month
 *   24: 24% pilot, 15% controle, the difference the CPB found for Utrecht's "ontheffing" group in
 *   the 2017-2019 bijstand experiments. More than 27 hours (werk_27): 7% in both groups, no effect
 *   on full-time work, as the CPB found. Each exit type has an independent latent time, so
 *   1 - Kaplan-Meier at month 24 estimates these shares; verhuisd, gestopt, opleiding and anders
 *   end follow-up (censored).
 * - WHO-5 welbevinden: baseline mean 50, sd 18 in both groups; change +2 controle, +7 pilot at the
 *   eindmeting (difference-in-differences +5), half of that at the tussenmeting; within-person
 *   correlation 0.5. Scores are multiples of 4, as the WHO-5 gives them.
 * - Ervaren gezondheid (1-5) and participatieladder (1-6): +0.2 more in the pilot group (before
 *   rounding); paid work puts someone on trede 5 or 6. werk_12u is 1 from the day of a work exit.
 * - About 10% non-response per follow-up meting (6% no row, 4% a row with empty scores), 2% empty
 *   cells, and no metingen after a censoring exit.
 * - Westerkwartier has 11 pilot and 8 controle participants: per-wijk tables must suppress it.
 * - Procesregistratie: pilot group only, per quarter and wijk, counted up to the end of the quarter.
 * - "Regelluwe bijstand Voorbeeldstad": tables only; WHO-5 change +1 controle, +4 pilot (DiD +3);
 *   werk_12u 4% at the nulmeting, 12% controle and 18% pilot at the eindmeting; one row has n = 8.
 * Draws are stratified and centred per group, and seed 48 was picked among the first 60 because
 * its estimates sit closest to these values; other seeds differ only by sampling noise.
 * Deterministic: one seeded PRNG, the same bytes on every run. See also data-samples/README.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generatePilotSample, sampleFiles } from './pilot-sample/index.js';

const out = path.resolve(import.meta.dirname, '../data-samples/pilot');
mkdirSync(out, { recursive: true });
const sample = generatePilotSample();
for (const [id, text] of Object.entries(sample)) {
	const name = sampleFiles[/** @type {keyof typeof sampleFiles} */ (id)];
	writeFileSync(path.join(out, name), text);
	console.log(`data-samples/pilot/${name} geschreven (fictieve gegevens)`);
}
