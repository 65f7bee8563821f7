import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/db/database.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { discoveryFixture } from '../support/discovery-fixture.ts';
import { writeFixtureFolder } from '../support/fixture-folder.ts';
import { createClient } from '../support/graphql.ts';

/**
 * introPaths, whatIf and whiteSpace on the hand-built market of
 * test/support/discovery-fixture.ts, imported alone (--replace: the what-if
 * share divides by every customer of the market). Each answer is checked
 * against its definition, recomputed here from the fixture or the graph.
 */
const p = uniquePrefix();
const id = (name: string) => `${p}${name}`;
const fixture = discoveryFixture(p);
let db: Database;
let client: ReturnType<typeof createClient>;

beforeAll(async () => {
  db = await useTestDatabase();
  expect((await importFolder(db, writeFixtureFolder(fixture), { replace: true })).problems).toEqual([]);
  client = createClient(db);
});

async function ask(query: string) {
  const { data, errors } = await client.query(query);
  expect(errors).toBeUndefined();
  return data!;
}

async function errorOf(query: string) {
  const { errors } = await client.query(query);
  return {
    code: errors?.[0]?.extensions?.code,
    argument: errors?.[0]?.extensions?.argument,
    message: errors?.[0]?.message,
  };
}

const PATH = `hops strength sentence steps { party { kind id name company { id } } relation partnershipId status type { id } since stage vendors weight }`;

describe('introPaths', () => {
  it('lists the strongest paths, as worked out by hand from the fixture', async () => {
    const { introPaths } = await ask(
      `{ introPaths(focal: "${id('ann')}", target: "${id('tom')}", first: 10) { ${PATH} } }`,
    );
    const route = (path: any) => path.steps.map((step: any) => step.party.id.slice(p.length)).join('>');
    // A–X–T: 1·1·½ = 0.5; A–c1–T: c1 has 2 vendors, 1/(2−1)·½ = 0.5; A–Y–T: ½ (proposed)·1·½ = 0.25;
    // A–K–L–T: 1·1·1·¼ = 0.25; A–c3–L–T: 1·1·1·¼ = 0.25; A–c2–T: c2 has 4 vendors, ⅓·½ = 0.1667;
    // A–K–c2–T: 1·⅓·1·¼ = 0.0833. Ties: fewer hops, then companies before customers.
    expect(introPaths.map(route)).toEqual([
      'xav>tom',
      'c1>tom',
      'yan>tom',
      'kim>lee>tom',
      'c3>lee>tom',
      'c2>tom',
      'kim>c2>tom',
    ]);
    expect(introPaths.map((path: any) => path.strength)).toEqual([
      0.5,
      0.5,
      0.25,
      0.25,
      0.25,
      expect.closeTo(1 / 6, 10),
      expect.closeTo(1 / 12, 10),
    ]);
    expect(introPaths[0].sentence).toBe(
      'Ask Xav Inc: your technology integration partner since 2019, which is a reseller partner of Tom Inc since 2021.',
    );
    expect(introPaths[1].sentence).toBe(
      `Ask ${id('c1')}: your customer, which also buys from Tom Inc (2 vendors in all).`,
    );
    expect(introPaths[6].sentence).toBe(
      `Ask Kim Inc: your referral partner since 2018, which serves ${id('c2')}, also a customer of Tom Inc (4 vendors in all).`,
    );
    expect(introPaths[1].steps[0]).toMatchObject({
      party: { kind: 'CUSTOMER', company: null },
      relation: 'CUSTOMER',
      stage: 'CUSTOMER',
      vendors: 2,
      weight: 1,
    });
    expect(introPaths[2].steps[0]).toMatchObject({
      relation: 'PARTNERSHIP',
      partnershipId: id('ann-yan'),
      status: 'PROPOSED',
      type: { id: 'referral' },
      since: '2025-01-01',
      weight: 0.5,
    });
  });

  it('walks only links the graph has, never through a rival, with strengths as documented', async () => {
    const { introPaths } = await ask(
      `{ introPaths(focal: "${id('ann')}", target: "${id('tom')}", first: 20, maxHops: 4) { ${PATH} } }`,
    );
    expect(introPaths.length).toBe(8); // the seven above, and A–c2–K–L–T: ⅓·1·1·1·⅛
    for (const path of introPaths) {
      expect(path.steps.at(-1).party.id).toBe(id('tom'));
      expect(path.steps.some((step: any) => step.party.id === id('riv'))).toBe(false);
      let previous = id('ann');
      let product = 1;
      for (const step of path.steps) {
        const [fact] = await db.write('test:check-step', (tx) =>
          tx.runText(
            `OPTIONAL MATCH (:Company {id: $x})-[:PARTY_TO]->(p:Partnership {id: $pid})<-[:PARTY_TO]-(:Company {id: $y})
             OPTIONAL MATCH (company:Company)-[s:SERVES {stage: 'customer'}]->(customer:Customer)
             WHERE (company.id = $x AND customer.id = $y) OR (company.id = $y AND customer.id = $x)
             RETURN p.status AS status, count(s) AS served, head(COLLECT { MATCH (c:Customer {id: $y}) RETURN COUNT { (c)<-[:SERVES]-() } }) AS vendors`,
            { x: previous, y: step.party.id, pid: step.partnershipId ?? '' },
          ),
        );
        if (step.relation === 'PARTNERSHIP') {
          expect(['active', 'proposed']).toContain(fact!.status);
          expect(step.weight).toBe(fact!.status === 'active' ? 1 : 0.5);
        } else {
          expect(fact!.served).toBe(1);
          if (step.relation === 'CUSTOMER') expect(step.weight).toBeCloseTo(1 / (Number(fact!.vendors) - 1), 10);
        }
        product *= step.weight;
        previous = step.party.id;
      }
      expect(path.strength).toBeCloseTo(product * 0.5 ** (path.hops - 1), 10);
    }
    expect(introPaths.at(-1).strength).toBeCloseTo(1 / 24, 10);
  });

  it('keeps to maxHops and first', async () => {
    const { two, one, top } = await ask(`{
      two: introPaths(focal: "${id('ann')}", target: "${id('tom')}", maxHops: 2, first: 20) { hops }
      one: introPaths(focal: "${id('ann')}", target: "${id('tom')}", maxHops: 1) { hops }
      top: introPaths(focal: "${id('ann')}", target: "${id('tom')}", first: 2) { strength }
    }`);
    expect(two.map((path: any) => path.hops)).toEqual([2, 2, 2, 2]);
    expect(one).toEqual([]);
    expect(top).toEqual([{ strength: 0.5 }, { strength: 0.5 }]);
    const direct = await ask(
      `{ introPaths(focal: "${id('ann')}", target: "${id('xav')}", maxHops: 1) { hops strength sentence } }`,
    );
    expect(direct.introPaths).toEqual([
      {
        hops: 1,
        strength: 1,
        sentence: 'You already work with Xav Inc: your technology integration partner since 2019.',
      },
    ]);
  });

  it('finds the same shared customers whichever end has more customers (the walk starts from the smaller)', async () => {
    const direct = async (focal: string, target: string) =>
      (
        await ask(
          `{ introPaths(focal: "${id(focal)}", target: "${id(target)}", maxHops: 2, first: 20) { steps { party { kind id } vendors } } }`,
        )
      ).introPaths
        .filter((path: any) => path.steps.length === 2 && path.steps[0].party.kind === 'CUSTOMER')
        .map((path: any) => `${path.steps[0].party.id.slice(p.length)}:${path.steps[0].vendors}`)
        .sort();
    const customersOf = async (name: string) =>
      (
        await db.write('test:customers', (tx) =>
          tx.runText("MATCH (:Company {id: $id})-[s:SERVES {stage: 'customer'}]->() RETURN count(s) AS customers", {
            id: id(name),
          }),
        )
      )[0]!.customers;
    expect(await customersOf('ann')).not.toBe(await customersOf('tom'));
    expect(await direct('ann', 'tom')).toEqual(['c1:2', 'c2:4']);
    expect(await direct('tom', 'ann')).toEqual(['c1:2', 'c2:4']);
  });

  it('refuses unknown ids, the focal company as target and maxHops outside 1 to 4, naming the argument', async () => {
    expect(await errorOf(`{ introPaths(focal: "${id('ann')}", target: "${id('nobody')}") { hops } }`)).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await errorOf(`{ introPaths(focal: "${id('nobody')}", target: "${id('tom')}") { hops } }`)).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await errorOf(`{ introPaths(focal: "${id('ann')}", target: "${id('ann')}") { hops } }`)).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'target',
    });
    for (const maxHops of [0, 5]) {
      expect(
        await errorOf(`{ introPaths(focal: "${id('ann')}", target: "${id('tom')}", maxHops: ${maxHops}) { hops } }`),
      ).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'maxHops' });
    }
  });
});

/** Set arithmetic on the fixture itself: what the what-if figures must be. */
function expectedFigures(partners: string[]) {
  const customersOf = (company: string) =>
    new Set(
      fixture
        .accounts!.filter((a) => a.company_id === company && (a.stage ?? 'customer') === 'customer')
        .map((a) => a.customer_id),
    );
  const capabilitiesOf = (company: string) =>
    new Set(fixture.capabilities!.filter((k) => k.company_id === company).map((k) => k.capability));
  const focalCustomers = customersOf(id('ann'));
  const focalCapabilities = capabilitiesOf(id('ann'));
  const reachable = new Set(
    partners.flatMap((partner) => [...customersOf(partner)]).filter((c) => !focalCustomers.has(c)),
  );
  const capabilities = new Set(
    partners.flatMap((partner) => [...capabilitiesOf(partner)]).filter((k) => !focalCapabilities.has(k)),
  );
  return { reachable: reachable.size, capabilities: capabilities.size };
}

describe('whatIf', () => {
  const WHAT_IF = `partners { id } added { id } dropped { id } marketCustomers
    reachableCustomers { today whatIf change } reachableShare { today whatIf change } capabilityCount { today whatIf change }
    capabilities { capability { name } partners { id } new } capabilitiesLost { name }
    conflictCount { today whatIf change } conflicts { kind partner { id } via { id } new explanation } conflictsResolved { kind partner { id } }`;

  it('judges today’s set plus add minus drop by the set arithmetic of its definition', async () => {
    const { whatIf } = await ask(
      `{ whatIf(focal: "${id('ann')}", add: ["${id('tom')}", "${id('yan')}"], drop: ["${id('zed')}"]) { ${WHAT_IF} } }`,
    );
    const today = ['xav', 'kim', 'riv', 'zed'].map(id);
    const hypothetical = ['xav', 'kim', 'riv', 'tom', 'yan'].map(id);
    const was = expectedFigures(today);
    const now = expectedFigures(hypothetical);
    expect(whatIf.partners.map((c: any) => c.id).sort()).toEqual([...hypothetical].sort());
    expect(whatIf.added.map((c: any) => c.id).sort()).toEqual([id('tom'), id('yan')]);
    expect(whatIf.dropped).toEqual([{ id: id('zed') }]);
    expect(whatIf.marketCustomers).toBe(8);
    // Today: c7 (zed), c8 (xav, riv) = 2; what-if: c4 (Ann's prospect only), c5, c6, c8 = 4.
    expect(whatIf.reachableCustomers).toEqual({
      today: was.reachable,
      whatIf: now.reachable,
      change: now.reachable - was.reachable,
    });
    expect([was.reachable, now.reachable]).toEqual([2, 4]);
    expect(whatIf.reachableShare).toEqual({ today: 2 / 8, whatIf: 4 / 8, change: 2 / 8 });
    expect(whatIf.capabilityCount).toEqual({
      today: was.capabilities,
      whatIf: now.capabilities,
      change: now.capabilities - was.capabilities,
    });
    expect(whatIf.capabilities.filter((k: any) => k.new).map((k: any) => k.capability.name)).toEqual([
      `Reviews ${p}`,
      `Shipping ${p}`,
    ]);
    expect(whatIf.capabilitiesLost).toEqual([]); // zed's Tax is still Xav's
    expect(whatIf.conflicts).toEqual([
      {
        kind: 'PARTNERS_COMPETE',
        partner: { id: id('xav') },
        via: { id: id('yan') },
        new: true,
        explanation: `Xav Inc and Yan Inc, both partners of Ann Inc, are declared rivals`,
      },
      {
        kind: 'PARTNER_OF_RIVAL',
        partner: { id: id('tom') },
        via: { id: id('riv') },
        new: true,
        explanation: `Tom Inc is actively partnered with Riv Inc, a rival of Ann Inc`,
      },
      {
        kind: 'PARTNER_IS_RIVAL',
        partner: { id: id('riv') },
        via: null,
        new: false,
        explanation: `Riv Inc is a declared rival of Ann Inc`,
      },
    ]);
    expect(whatIf.conflictCount).toEqual({ today: 1, whatIf: 3, change: 2 });
    expect(whatIf.conflictsResolved).toEqual([]);
  });

  it('with no change gives today’s figures twice; dropping the rival resolves its conflict', async () => {
    const { same, without } = await ask(`{
      same: whatIf(focal: "${id('ann')}") { reachableCustomers { today whatIf change } conflictCount { change } }
      without: whatIf(focal: "${id('ann')}", drop: ["${id('riv')}"]) { conflictsResolved { kind partner { id } } conflicts { kind } }
    }`);
    expect(same.reachableCustomers).toEqual({ today: 2, whatIf: 2, change: 0 });
    expect(same.conflictCount.change).toBe(0);
    expect(without).toEqual({
      conflictsResolved: [{ kind: 'PARTNER_IS_RIVAL', partner: { id: id('riv') } }],
      conflicts: [],
    });
  });

  it('names the argument of a change that cannot be made', async () => {
    const focal = `focal: "${id('ann')}"`;
    expect(await errorOf(`{ whatIf(${focal}, add: ["${id('xav')}"]) { marketCustomers } }`)).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'add',
    });
    expect(await errorOf(`{ whatIf(${focal}, add: ["${id('ann')}"]) { marketCustomers } }`)).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'add',
    });
    expect(await errorOf(`{ whatIf(${focal}, drop: ["${id('tom')}"]) { marketCustomers } }`)).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'drop',
    });
    expect(await errorOf(`{ whatIf(${focal}, add: ["${id('nobody')}"]) { marketCustomers } }`)).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await errorOf(`{ whatIf(focal: "${id('nobody')}") { marketCustomers } }`)).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('whiteSpace', () => {
  it('ranks the capabilities of its customers’ other vendors that nobody on its side covers, each with its best-ranked filler', async () => {
    const { whiteSpace, candidates } = await ask(`{
      whiteSpace(focal: "${id('ann')}") {
        focal { id } customers
        capabilities { capability { name } customersReached share vendors bestCandidate { candidate { id } score } }
        segments { segment { name } bestCandidate { candidate { id } } }
      }
      candidates(focal: "${id('ann')}", first: 100) { candidate { id capabilities { capability { name } } segments { name } } }
    }`);
    // Ann's customers c1, c2, c3; their other vendors Tom (c1, c2: Reviews), Mo (c2: SMS), Kim (c2: Email, covered by Kim,
    // an active partner), Lee (c3: Analytics). Covered: Storefront (Ann, Riv), Payments and Tax (Xav, Zed), Email (Kim).
    expect(whiteSpace.focal).toEqual({ id: id('ann') });
    expect(whiteSpace.customers).toBe(3);
    expect(
      whiteSpace.capabilities.map((gap: any) => [gap.capability.name, gap.customersReached, gap.share, gap.vendors]),
    ).toEqual([
      [`Reviews ${p}`, 2, 2 / 3, 1],
      [`Analytics ${p}`, 1, 1 / 3, 1],
      [`SMS ${p}`, 1, 1 / 3, 1],
    ]);
    const firstRanked = (accepts: (candidate: any) => boolean) =>
      candidates.find((fit: any) => accepts(fit.candidate))?.candidate.id ?? null;
    for (const gap of whiteSpace.capabilities) {
      const offers = (candidate: any) =>
        candidate.capabilities.some((k: any) => k.capability.name === gap.capability.name);
      expect(gap.bestCandidate.candidate.id).toBe(firstRanked(offers));
    }
    // Ann targets Retail (Kim, a partner, too) and Wholesale (no partner): Lee and Mo target it.
    expect(whiteSpace.segments.map((gap: any) => gap.segment.name)).toEqual([`Wholesale ${p}`]);
    const wholesale = firstRanked((candidate: any) => candidate.segments.some((s: any) => s.name === `Wholesale ${p}`));
    expect([id('lee'), id('mo')]).toContain(wholesale);
    expect(whiteSpace.segments[0].bestCandidate.candidate.id).toBe(wholesale);
  });

  it('refuses an unknown focal id and a first outside 1 to 100', async () => {
    expect(await errorOf(`{ whiteSpace(focal: "${id('nobody')}") { customers } }`)).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await errorOf(`{ whiteSpace(focal: "${id('ann')}", first: 0) { customers } }`)).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'first',
    });
  });
});
