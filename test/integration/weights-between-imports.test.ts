import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFolder } from '../../api/import/import-folder.ts';
import { useTestDatabase } from '../support/database.ts';
import { createClient } from '../support/graphql.ts';

/**
 * The learned weights from one import to the next (docs/analyses.md, "Steadier
 * weights"), through the real importer: the demo, then a copy of it missing one
 * active partnership, keeps the demo's weights and says so; the same copy
 * imported with relearnWeights (`--relearn-weights`) learns its own.
 */
const DEMO = resolve(import.meta.dirname, '../../data/demo');

const MODEL = `{ marketModel { calibrated summary weights { kind weight } } }`;

describe('the weights between imports', () => {
  it('keeps the previous import’s weights when one partnership fewer does not show them worse, and says so', async () => {
    const db = await useTestDatabase();
    const client = createClient(db);
    expect((await importFolder(db, DEMO, { replace: true })).problems).toEqual([]);
    const before = (await client.query(MODEL)).data!.marketModel;
    expect(before.calibrated).toBe(true);
    expect(before.summary).not.toContain('previous import');

    // the copy the evaluation's first stability copy drops: the active partnership first by SHA-1 of "perturbation:0:<id>"
    const copy = join(mkdtempSync(join(tmpdir(), 'partnergraph-weights-')), 'demo');
    cpSync(DEMO, copy, { recursive: true });
    const [header, ...rows] = readFileSync(join(copy, 'partnerships.csv'), 'utf8').trimEnd().split('\n');
    const hash = (row: string) =>
      createHash('sha1')
        .update(`perturbation:0:${row.split(',')[0]}`)
        .digest('hex');
    const dropped = rows.filter((row) => row.includes(',active,')).sort((x, y) => (hash(x) < hash(y) ? -1 : 1))[0]!;
    writeFileSync(join(copy, 'partnerships.csv'), `${[header, ...rows.filter((row) => row !== dropped)].join('\n')}\n`);
    expect((await importFolder(db, copy, { replace: true })).problems).toEqual([]);

    const after = (await client.query(MODEL)).data!.marketModel;
    expect(after.weights).toEqual(before.weights);
    expect(after.summary).toMatch(
      /Kept from the previous import: the weights this import's partnerships teach would find /,
    );

    // --relearn-weights: the copy's own weights, learned from scratch (they differ from the demo's by a point)
    expect((await importFolder(db, copy, { replace: true, relearnWeights: true })).problems).toEqual([]);
    const relearned = (await client.query(MODEL)).data!.marketModel;
    expect(relearned.summary).not.toContain('previous import');
    expect(relearned.weights).not.toEqual(before.weights);
  });
});
