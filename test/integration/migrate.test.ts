import { describe, expect, it } from 'vitest';
import { migrate } from '../../api/db/migrate.ts';
import { useTestDatabase } from '../support/database.ts';

describe('migrate', () => {
  it('drops the indexes it retired (cypher/schema/03-retired.cypher) and keeps the rest', async () => {
    const db = await useTestDatabase();
    await db.write(
      'test:old-index',
      (tx) => tx.runText('CREATE INDEX serves_stage IF NOT EXISTS FOR ()-[s:SERVES]-() ON (s.stage)'),
      { serverTimeout: true },
    );
    const names = async () =>
      (await db.write('test:indexes', (tx) => tx.runText('SHOW INDEXES YIELD name RETURN collect(name) AS names')))[0]!
        .names as string[];
    expect(await names()).toContain('serves_stage');
    await migrate(db);
    const after = await names();
    expect(after).not.toContain('serves_stage');
    expect(after).toEqual(
      expect.arrayContaining(['company_id', 'company_search', 'company_name', 'partnership_status']),
    );
  });
});
