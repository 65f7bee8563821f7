import { beforeAll, describe, expect, it } from 'vitest';
import { importFolder } from '../../api/import/import-folder.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder } from '../support/fixture-folder.ts';
import { createClient } from '../support/graphql.ts';

const p = uniquePrefix();
const id = (name: string) => `${p}${name}`;
let client: ReturnType<typeof createClient>;

beforeAll(async () => {
  const db = await useTestDatabase();
  const result = await importFolder(
    db,
    writeFixtureFolder({
      companies: [
        {
          id: id('cafe'),
          name: 'Café Crème, "Ltd"',
          domain: 'cafe-creme.example',
          employees: 42,
          description: 'Coffee, "served"',
        },
        { id: id('obrien'), name: "O'Brien Payments" },
        { id: id('quiet'), name: 'Quietly Nothing' },
        { id: id('ups'), name: 'Upstream Shipping' },
        { id: id('roast'), name: 'Coffee Roasters Guild' },
      ],
      accounts: [
        { company_id: id('cafe'), customer_id: id('k1') },
        { company_id: id('cafe'), customer_id: id('k2'), stage: 'prospect' },
        { company_id: id('cafe'), customer_id: id('k3'), stage: 'opportunity' },
        { company_id: id('cafe'), customer_id: id('k4'), stage: 'opportunity' },
      ],
      capabilities: [
        { company_id: id('cafe'), capability: `Espresso ${p}`, level: 'core', category: 'drinks' },
        { company_id: id('cafe'), capability: `Pastry ${p}`, level: 'secondary' },
      ],
      segments: [{ company_id: id('cafe'), segment: `Cafés ${p}` }],
      competitors: [{ company_id: id('obrien'), competitor_id: id('cafe') }],
      partnerships: [
        {
          id: id('d1'),
          parties: `${id('cafe')};${id('ups')}`,
          type: 'technology_integration',
          status: 'active',
          since: '2022-05-01',
        },
        { id: id('d2'), parties: `${id('cafe')};${id('obrien')}`, type: 'referral', status: 'ended' },
      ],
    }),
  );
  expect(result.problems).toEqual([]);
  client = createClient(db);
});

describe('company', () => {
  it('returns every field of the contract', async () => {
    const { data, errors } = await client.query(`{ company(id: "${id('cafe')}") {
      id name domain employees description
      customers: customerCount prospects: customerCount(stage: PROSPECT) opportunities: customerCount(stage: OPPORTUNITY)
      capabilities { capability { name category } level } segments { name } competitors { id }
      partnerships { id status since type { id effort } parties { id } }
      active: partnerships(status: ACTIVE) { id } } }`);
    expect(errors).toBeUndefined();
    expect(data!.company).toEqual({
      id: id('cafe'),
      name: 'Café Crème, "Ltd"',
      domain: 'cafe-creme.example',
      employees: 42,
      description: 'Coffee, "served"',
      customers: 1,
      prospects: 1,
      opportunities: 2,
      capabilities: [
        { capability: { name: `Espresso ${p}`, category: 'drinks' }, level: 'CORE' },
        { capability: { name: `Pastry ${p}`, category: null }, level: 'SECONDARY' },
      ],
      segments: [{ name: `Cafés ${p}` }],
      competitors: [{ id: id('obrien') }], // declared by O'Brien, read both ways
      partnerships: [
        {
          id: id('d1'),
          status: 'ACTIVE',
          since: '2022-05-01',
          type: { id: 'technology_integration', effort: 'MEDIUM' },
          parties: [{ id: id('cafe') }, { id: id('ups') }],
        },
        {
          id: id('d2'),
          status: 'ENDED',
          since: null,
          type: { id: 'referral', effort: 'LOW' },
          parties: [{ id: id('cafe') }, { id: id('obrien') }],
        },
      ],
      active: [{ id: id('d1') }],
    });
  });

  it('is null for an unknown id, and zero counts for a company without customers', async () => {
    const { data } = await client.query(
      `{ none: company(id: "${id('none')}") { id } quiet: company(id: "${id('quiet')}") { customerCount capabilities { level } } }`,
    );
    expect(data).toEqual({ none: null, quiet: { customerCount: 0, capabilities: [] } });
  });
});

describe('companies search', () => {
  const search = async (text: string, first = 20) => {
    const { data, errors } = await client.query(
      'query ($s: String, $f: Int) { companies(search: $s, first: $f) { id } }',
      { s: text, f: first },
    );
    expect(errors).toBeUndefined();
    return (data!.companies as { id: string }[]).map((company) => company.id).filter((x) => x.startsWith(p));
  };

  it('finds names with accents, quotes and commas, however they are typed', async () => {
    expect(await search('café crème')).toEqual([id('cafe')]);
    expect(await search('cafe creme')).toEqual([id('cafe')]);
    expect(await search('CAF')).toEqual([id('cafe')]); // prefix, case-insensitive
    expect(await search('"Ltd"')).toEqual([id('cafe')]);
    expect(await search("O'Brien")).toEqual([id('obrien')]);
    expect(await search('brien pay')).toEqual([id('obrien')]);
  });

  it('finds what a company does: its description, capabilities and segments, name matches first', async () => {
    expect(await search('espresso')).toEqual([id('cafe')]); // a capability it offers
    expect(await search('pastry')).toEqual([id('cafe')]);
    expect(await search('cafés')).toEqual([id('cafe')]); // its segment (and its name)
    // "Coffee" is Coffee Roasters Guild's name and only Café Crème's description: the name ranks first.
    expect(await search('coffee')).toEqual([id('roast'), id('cafe')]);
  });

  it('treats Lucene syntax as plain text', async () => {
    for (const hostile of ['name:*', 'a AND b', '*', '"unclosed', 'up~ OR quiet^9', '\\', '(((', 'NOT', '/regex/']) {
      const { errors } = await client.query('query ($s: String) { companies(search: $s) { id } }', { s: hostile });
      expect(errors, hostile).toBeUndefined();
    }
    expect(await search('quiet^9')).toEqual([id('quiet')]);
  });

  it('lists companies by name when the search is empty, and checks first', async () => {
    const { data } = await client.query('{ companies(first: 100) { name } }');
    const names = (data!.companies as { name: string }[]).map((company) => company.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const first of [0, 101]) {
      const { errors } = await client.query(`{ companies(first: ${first}) { id } }`);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('API surface', () => {
  it('lists the partnership type catalogue', async () => {
    const { data } = await client.query('{ partnershipTypes { id effort gtmChecklist } }');
    const ids = (data!.partnershipTypes as { id: string }[]).map((type) => type.id).sort();
    expect(ids).toEqual([
      'affiliate',
      'co_marketing',
      'co_selling',
      'consortium',
      'oem',
      'referral',
      'reseller',
      'strategic_alliance',
      'technology_integration',
    ]);
    const reseller = data!.partnershipTypes.find((type: { id: string }) => type.id === 'reseller');
    expect(reseller.effort).toBe('HIGH');
    expect(reseller.gtmChecklist).toEqual(expect.arrayContaining(['Sales training', 'Revenue recognition']));
  });

  it('lists the segment and capability catalogues with company counts', async () => {
    const { data } = await client.query(
      '{ segments { id name companyCount } capabilities { id name category companyCount } }',
    );
    expect(data!.segments.filter((s: { name: string }) => s.name.endsWith(p))).toEqual([
      { id: expect.stringMatching(/^cafes-/), name: `Cafés ${p}`, companyCount: 1 },
    ]);
    const mine = data!.capabilities.filter((k: { name: string }) => k.name.endsWith(p));
    expect(mine.map((k: { name: string }) => k.name)).toEqual([`Espresso ${p}`, `Pastry ${p}`]);
    expect(mine[0]).toMatchObject({ category: 'drinks', companyCount: 1 });
  });

  it('answers the health check with the database state', async () => {
    const response = await client.app.fetch('http://test/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('never leaks a stack trace', async () => {
    const { errors } = await client.query(`{ overlap(a: "${'x'.repeat(300)}", b: "y") { sharedCount } }`);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(errors)).not.toMatch(/at .*\.ts:\d+|stack/);
  });
});
