import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findProfile, saveProfile } from '../../src/lib/db/queries/profiles';
import { prepareFile } from '../../src/lib/ingest/prepare';
import { utf8 } from '../helpers/files';
import { openTestDb } from '../helpers/node-db';

let db: Awaited<ReturnType<typeof openTestDb>>;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

describe('saveProfile and findProfile', () => {
	it('offer a saved mapping again for a file with the same header, not for another', async () => {
		const header = 'regio;tijd;score_a;score_b\n';
		const first = await prepareFile('januari.csv', utf8(header + 'WK036300;2021;1;2\n'));
		const corrected = { ...first.mapping, indicators: [3] };
		await saveProfile(db, first.headerKey, 'Eigen monitor', {
			mapping: corrected,
			delimiter: ';',
			decimal: ','
		});

		const next = await prepareFile('februari.csv', utf8(header + 'WK036301;2022;3;4\n'));
		expect(next.headerKey).toBe(first.headerKey);
		const saved = await findProfile(db, next.headerKey);
		expect(saved).toMatchObject({ name: 'Eigen monitor', delimiter: ';', decimal: ',' });
		expect(saved!.mapping).toEqual({ ...corrected, profile: 'Eigen monitor' });

		const other = await prepareFile('ander.csv', utf8('code;jaar;x\nWK036300;2021;1\n'));
		expect(await findProfile(db, other.headerKey)).toBeNull();
	});
});
