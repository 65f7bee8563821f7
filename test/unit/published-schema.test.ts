import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../api/graphql/schema.ts';

describe('the published schema', () => {
  it('docs/schema.graphql is the schema the server answers with (stale: `npx vitest run --project unit test/unit/published-schema.test.ts -u`)', async () => {
    await expect(printSchema(createSchema())).toMatchFileSnapshot('../../docs/schema.graphql');
  });
});
