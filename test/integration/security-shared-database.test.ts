import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../api/app.ts';
import type { Database } from '../../api/db/database.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { createShortlist, pinToShortlist } from '../../api/shortlists/shortlist-store.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder, type FixtureFiles } from '../support/fixture-folder.ts';

/**
 * One client must not be able to take the database from the others. The probe
 * that found it: on a market with 101 shortlists, one viewer's
 * `shortlists(first: 100) { entries(first: 1) { fit { score } } }` scored every
 * shortlist in its own transaction, all at once: the driver's pool (50
 * connections) ran dry, the attacker's own pool timeouts opened the shared
 * circuit breaker, and another client's cheap reads answered
 * DATABASE_UNAVAILABLE. Here a real second client measures its errors while
 * the first sends that query, against the real Neo4j.
 */

const p = uniquePrefix();
const id = (name: string) => `${p}${name}`;
const ATTACKER = 'attacker-key-0123456789abcdef';
const VICTIM = 'victim-key-0123456789abcdef';

/** Companies that each serve many of few customers: every scoring walks about 30,000 accounts. */
const COMPANIES = 120;
const CUSTOMERS = 500;
const SERVED = 350;
const SHORTLISTS = 101;

function heavyMarket(): FixtureFiles {
  const companies = Array.from({ length: COMPANIES }, (_, i) => ({
    id: id(`co${i}`),
    name: `Company ${i}`,
    employees: 100,
  }));
  const customers = Array.from({ length: CUSTOMERS }, (_, i) => ({
    id: id(`cu${i}`),
    name: `Customer ${i}`,
    industry: '',
    region: '',
  }));
  const accounts: NonNullable<FixtureFiles['accounts']> = [];
  for (let c = 0; c < COMPANIES; c += 1) {
    // A stride coprime with CUSTOMERS spreads each company's accounts over every customer.
    for (let k = 0; k < SERVED; k += 1)
      accounts.push({ company_id: id(`co${c}`), customer_id: id(`cu${(c * 37 + k * 7) % CUSTOMERS}`) });
  }
  return { companies, customers, accounts };
}

let db: Database;

beforeAll(async () => {
  db = await useTestDatabase();
  // Registered after the database's own close, so it runs before it: the heavy market would slow every later file.
  afterAll(async () => {
    await db.write('test:cleanup', async (tx) => {
      await tx.runText(
        'MATCH (s:Shortlist) WHERE s.focalId STARTS WITH $p OPTIONAL MATCH (s)-[:HAS_PIN]->(pin:Pin) DETACH DELETE s, pin',
        { p },
      );
      await tx.runText('MATCH (n) WHERE (n:Company OR n:Customer) AND n.id STARTS WITH $p DETACH DELETE n', { p });
    });
  });
  expect((await importFolder(db, writeFixtureFolder(heavyMarket()))).problems).toEqual([]);
  // 101 shortlists, each for another focal company, so no two can share a scoring.
  for (let s = 0; s < SHORTLISTS; s += 1) {
    const shortlist = await createShortlist(db, `probe ${s}`, id(`co${s}`));
    await pinToShortlist(db, shortlist.id, id(`co${(s + 1) % COMPANIES}`), null);
  }
}, 300_000);

type Body = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

async function post(app: App, key: string, query: string): Promise<Body> {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as Body;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The database, counting what reaches it: reads by query name, and transactions open at once. */
function metered(inner: Database) {
  const counts = { reads: new Map<string, number>(), open: 0, mostOpen: 0 };
  const db: Database = {
    read: async (name, params) => {
      counts.reads.set(name, (counts.reads.get(name) ?? 0) + 1);
      counts.open += 1;
      counts.mostOpen = Math.max(counts.mostOpen, counts.open);
      try {
        return await inner.read(name, params);
      } finally {
        counts.open -= 1;
      }
    },
    write: (label, work, options) => inner.write(label, work, options),
    ping: () => inner.ping(),
    close: async () => {},
  };
  return { counts, db };
}

const AMPLIFY = '{ shortlists(first: 95) { entries(first: 1) { fit { score } } } }';
const tally = (codes: string[]) =>
  Object.fromEntries([...new Set(codes)].map((code) => [code, codes.filter((c) => c === code).length]));

describe('one client cannot take the database from the others', () => {
  it('a second client gets no DATABASE_UNAVAILABLE while the first sends the amplifying shortlists query', async () => {
    const app = createApp({
      db,
      security: {
        apiKeys: [
          { key: ATTACKER, role: 'viewer' },
          { key: VICTIM, role: 'viewer' },
        ],
        // The rate limiter is off: this shows that the database itself is shared fairly, not that the attacker was slowed.
        rateLimit: { perMinute: 0, burst: 1 },
      },
    });
    let attacking = true;
    const attackerCodes: string[] = [];
    const attacker = async () => {
      while (attacking) {
        const body = await post(app, ATTACKER, AMPLIFY);
        attackerCodes.push(String(body.errors?.[0]?.extensions?.code ?? 'ok'));
      }
    };
    // Four at a time, back to back: about 380 scorings asked for at once.
    const attackers = Array.from({ length: 4 }, attacker);
    // The victim asks a cheap question four times a second, each on its own, for 15 s, as a dashboard would.
    const victim: Promise<{ code: string; ms: number }>[] = [];
    const until = Date.now() + 15_000;
    while (Date.now() < until) {
      const started = Date.now();
      victim.push(
        post(app, VICTIM, `{ company(id: "${id('co0')}") { id name } }`).then((body) => ({
          code: String(body.errors?.[0]?.extensions?.code ?? 'ok'),
          ms: Date.now() - started,
        })),
      );
      await sleep(250);
    }
    const answers = await Promise.all(victim);
    attacking = false;
    await Promise.all(attackers);
    const victimCodes = answers.map((answer) => answer.code);
    const median = answers.map((answer) => answer.ms).sort((x, y) => x - y)[Math.floor(answers.length / 2)]!;
    console.log('victim', tally(victimCodes), `median ${median} ms`, 'attacker', tally(attackerCodes));
    expect(victimCodes.filter((code) => code === 'DATABASE_UNAVAILABLE')).toEqual([]);
    expect(victimCodes.every((code) => code === 'ok')).toBe(true);
    // Served promptly too: not stuck behind the attacker's transactions in the driver's queue.
    expect(median).toBeLessThan(2_500);
    // The attacker was served too: fairness, not refusal.
    expect(attackerCodes.filter((code) => code === 'ok').length).toBeGreaterThan(0);
  }, 180_000);

  it('one request holds at most 4 transactions, and shortlists of one focal company share one scoring', async () => {
    const { counts, db: meteredDb } = metered(db);
    const app = createApp({
      db: meteredDb,
      security: { apiKeys: [{ key: ATTACKER, role: 'viewer' }], rateLimit: { perMinute: 0, burst: 1 } },
    });
    const amplified = await post(app, ATTACKER, AMPLIFY);
    expect(amplified.errors).toBeUndefined();
    expect(counts.reads.get('candidate-pool')).toBe(95); // 95 focal companies: a pool each
    expect(counts.mostOpen).toBeLessThanOrEqual(4);

    // Five more shortlists for co0: listing its six, with their fits, reads its pool once.
    for (let s = 0; s < 5; s += 1) {
      const shortlist = await createShortlist(db, `same focal ${s}`, id('co0'));
      await pinToShortlist(db, shortlist.id, id(`co${s + 10}`), null);
    }
    counts.reads.clear();
    const sameFocal = await post(
      app,
      ATTACKER,
      `{ shortlists(focal: "${id('co0')}") { entries { candidateId fit { score candidate { id } } } } }`,
    );
    expect(sameFocal.errors).toBeUndefined();
    const lists = (
      sameFocal.data as {
        shortlists: { entries: { candidateId: string; fit: { score: number; candidate: { id: string } } }[] }[];
      }
    ).shortlists;
    expect(lists).toHaveLength(6);
    for (const entry of lists.flatMap((list) => list.entries)) expect(entry.fit.candidate.id).toBe(entry.candidateId);
    expect(counts.reads.get('candidate-pool')).toBe(1);
    // Pins and notes without their fit read no pool at all.
    counts.reads.clear();
    const notesOnly = await post(app, ATTACKER, `{ shortlists(first: 50) { entries { candidateId note } } }`);
    expect(notesOnly.errors).toBeUndefined();
    expect(counts.reads.get('candidate-pool')).toBeUndefined();
    // Each pin's fit is the one partnerFit gives.
    const pair = await post(
      app,
      ATTACKER,
      `{ partnerFit(focal: "${id('co0')}", candidate: "${id('co12')}") { score } }`,
    );
    const pinned = lists.flatMap((list) => list.entries).find((entry) => entry.candidateId === id('co12'))!;
    expect(pinned.fit.score).toBeCloseTo((pair.data as { partnerFit: { score: number } }).partnerFit.score, 12);
  }, 120_000);
});
