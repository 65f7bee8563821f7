import { beforeAll, describe, expect, it } from 'vitest';
import { loadCandidatePool } from '../../api/fits/candidate-pool.ts';
import type { Database } from '../../api/db/database.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { slugify } from '../../api/domain/slug.ts';
import { analysisFixture } from '../support/analysis-fixture.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder } from '../support/fixture-folder.ts';
import { createClient } from '../support/graphql.ts';

const p = uniquePrefix();
const id = (name: string) => `${p}${name}`;
const capability = (name: string) => slugify(`${name} ${p}`);
let query: ReturnType<typeof createClient>['query'];

beforeAll(async () => {
  const db = await useTestDatabase();
  // Alone in the graph: rankings are over every company, and a file run before
  // this one (the FedRAMP or demo data) would otherwise fill the top places.
  const result = await importFolder(db, writeFixtureFolder(analysisFixture(p)), { replace: true });
  expect(result.problems).toEqual([]);
  query = createClient(db).query;
});

const FIT_FIELDS = `candidate { id } score mutualValue oneSided ruledOut relation valueToFocal valueToCandidate synergy reach capabilityGain
  terms { kind value strength weight contribution sentence } peerPartners { id }
  history { id status since type { id } parties { id } }
  candidateTerms { synergy reach capabilityGain } sharedCustomers conflictPenalty
  conflicts { kind severity explanation via { id } capability { id } }
  quadrant powerBalance powerGuidance recommendedType { id gtmChecklist } recommendation reasons weights { synergy reach capability }`;

async function fit(candidate: string, extra = '') {
  const { data, errors } = await query(
    `{ partnerFit(focal: "${id('alpha')}", candidate: "${id(candidate)}"${extra}) { ${FIT_FIELDS} } }`,
  );
  expect(errors).toBeUndefined();
  return data!.partnerFit;
}

async function conflicts(b: string) {
  const { data, errors } = await query(
    `{ conflicts(a: "${id('alpha')}", b: "${id(b)}") { kind severity explanation via { id } capability { id } } }`,
  );
  expect(errors).toBeUndefined();
  return data!.conflicts as {
    kind: string;
    severity: string;
    explanation: string;
    via: { id: string } | null;
    capability: { id: string } | null;
  }[];
}

describe('complementarity', () => {
  it('lists the gaps each side fills and what both offer', async () => {
    const { data } = await query(`{ complementarity(a: "${id('alpha')}", b: "${id('bravo')}") {
      gapsFilledForA { id } gapsFilledForB { id } competing { capability { id } levelA levelB } score } }`);
    const result = data!.complementarity;
    expect(result.gapsFilledForA.map((k: { id: string }) => k.id)).toEqual([capability('Payments')]);
    expect(result.gapsFilledForB.map((k: { id: string }) => k.id).sort()).toEqual(
      [capability('Email'), capability('Storefront')].sort(),
    );
    expect(result.competing).toEqual([
      { capability: { id: capability('Checkout') }, levelA: 'CORE', levelB: 'SECONDARY' },
    ]);
    // (|{payments}| + |{storefront, email}|) / |{storefront, checkout, email, payments}| = 3 / 4
    expect(result.score).toBeCloseTo(0.75, 12);
  });

  it('returns null for an unknown company, with NOT_FOUND naming the argument and the id', async () => {
    const { data, errors } = await query(`{ complementarity(a: "${id('alpha')}", b: "${id('nobody')}") { score } }`);
    expect(data!.complementarity).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'b', id: id('nobody') });
  });
});

describe('conflicts', () => {
  it('counts a rivalry declared both ways once, plus the core–core overlap', async () => {
    const found = await conflicts('delta');
    expect(found.map((c) => [c.kind, c.severity])).toEqual([
      ['DIRECT_COMPETITOR', 'HIGH'],
      ['CAPABILITY_OVERLAP', 'HIGH'],
    ]);
    expect(found[1]!.capability).toEqual({ id: capability('Storefront') });
    expect(found[0]!.explanation).toContain('declared competitors');
  });

  it('rates capability overlaps by level: core–secondary MEDIUM', async () => {
    const found = await conflicts('bravo');
    expect(found).toEqual([
      expect.objectContaining({
        kind: 'CAPABILITY_OVERLAP',
        severity: 'MEDIUM',
        capability: { id: capability('Checkout') },
      }),
    ]);
  });

  it('finds channel conflicts through active partnerships only', async () => {
    // echo is actively partnered with delta, alpha's rival; hotel's deal with delta is proposed, lima's ended.
    expect(await conflicts('echo')).toEqual([
      expect.objectContaining({ kind: 'CHANNEL_CONFLICT', severity: 'MEDIUM', via: { id: id('delta') } }),
    ]);
    expect(await conflicts('hotel')).toEqual([]);
    expect(await conflicts('lima')).toEqual([]);
  });

  it('finds partner conflicts, a consortium making every party a partner', async () => {
    // golf competes with foxtrot (alpha's active referral partner) and shares its tax capability with nobody of alpha's.
    expect(await conflicts('golf')).toEqual([
      expect.objectContaining({ kind: 'PARTNER_CONFLICT', severity: 'MEDIUM', via: { id: id('foxtrot') } }),
    ]);
    // kilo competes with juliet, alpha's partner through the three-party consortium.
    const kilo = await conflicts('kilo');
    expect(kilo).toEqual([expect.objectContaining({ kind: 'PARTNER_CONFLICT', via: { id: id('juliet') } })]);
    expect(kilo[0]!.explanation).toMatch(/competes with Juliet Co, an active partner of Alpha Co/);
  });

  it('is NOT_FOUND for an unknown company', async () => {
    const { errors } = await query(`{ conflicts(a: "${id('alpha')}", b: "${id('nobody')}") { kind } }`);
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(errors?.[0]?.message).toContain(id('nobody'));
  });
});

describe('partnerFit', () => {
  // The fixture's market: 8 customers; alpha, bravo, charlie serve 4, 3, 4, so the
  // typical share p0 = mean(4, 3, 4) / 8 = 11/24. Three active partnerships (fewer
  // than 10): the default weights apply (PEERS 0.5, OVERLAP 0.3, NICHE 0.2).
  //
  // sim(alpha, X) = mean(customer cosine, capability Jaccard, segment Jaccard, partner cosine):
  //   bravo   (2/√12 + 1/4 + 0 + 0) / 4          = 0.2068…
  //   charlie (0 + 1/4 + 0 + 0) / 4              = 1/16
  //   delta   (0 + 1/3 + 0 + 0) / 4              = 1/12
  //   india, juliet (0 + 0 + 0 + 1/√6) / 4 each  (they share one partner with alpha)
  // Σ = 2/(4√12) + 1/16 + 1/16 + 1/12 + 2/(4√6) (bravo's cap. term is the first 1/16).
  const simBravo = (2 / Math.sqrt(12) + 1 / 4) / 4;
  const simIndia = 1 / Math.sqrt(6) / 4;
  const simTotal = simBravo + 1 / 16 + 1 / 12 + 2 * simIndia;

  it('computes every evidence term, its strength and the score', async () => {
    const echo = await fit('echo');
    const term = (kind: string) => echo.terms.find((t: { kind: string }) => t.kind === kind);
    // echo's only partner is delta, alpha's look-alike: PEERS = sim(delta) / Σ sim. Too few partnerships to
    // calibrate, so the yardstick is 1 (each term's own range): strength = value / (value + 1).
    const peers = 1 / 12 / simTotal;
    expect(term('PEERS').value).toBeCloseTo(peers, 12);
    expect(term('PEERS').strength).toBeCloseTo(peers / (peers + 1), 12);
    // one capability each, none shared: gains 1/4 and 3/4
    expect(term('COMPLEMENT').value).toBeCloseTo(Math.sqrt((1 / 4) * (3 / 4)), 12);
    // one partner against alpha's three (the most): ln 2 / ln 4
    expect(term('PULL').value).toBeCloseTo(Math.log(2) / Math.log(4), 12);
    expect(term('OVERLAP').value).toBe(0);
    // 0.5 · strength + 0.3 · 0 + 0.2 · 0 + 0 · …
    expect(echo.score).toBeCloseTo((0.5 * peers) / (peers + 1), 12);
    expect(term('PEERS').contribution).toBeCloseTo((0.5 * peers) / (peers + 1), 12);

    const bravo = await fit('bravo');
    const overlap = bravo.terms.find((t: { kind: string }) => t.kind === 'OVERLAP');
    // 2 shared; shrunk(alpha) = (2 + 10·11/24) / (4 + 10), shrunk(bravo) = (2 + 10·11/24) / (3 + 10)
    const pseudo = 2 + (10 * 11) / 24;
    expect(overlap.value).toBeCloseTo(Math.sqrt((pseudo / 14) * (pseudo / 13)), 12);
    const o = Math.sqrt((pseudo / 14) * (pseudo / 13));
    expect(overlap.strength).toBeCloseTo(o / (o + 1), 12);
    expect(bravo.score).toBeCloseTo((0.3 * o) / (o + 1), 12);
    expect(overlap.sentence).toBe('Shares 2 customers (50% of yours, 67% of theirs)');
  });

  it('keeps the reciprocal formula as mutualValue, with both sides', async () => {
    const bravo = await fit('bravo');
    // shared = |{c1, c2}| = 2; |C(alpha)| = 4, |C(bravo)| = 3; K ∩ = {checkout}, |K ∪| = 4
    expect(bravo.sharedCustomers).toBe(2);
    expect(bravo.synergy).toBeCloseTo(2 / 4, 12);
    expect(bravo.reach).toBeCloseTo((3 - 2) / (3 + 4), 12);
    expect(bravo.capabilityGain).toBeCloseTo((2 - 1) / 4, 12);
    expect(bravo.candidateTerms.synergy).toBeCloseTo(2 / 3, 12);
    expect(bravo.candidateTerms.reach).toBeCloseTo((4 - 2) / 7, 12);
    expect(bravo.candidateTerms.capabilityGain).toBeCloseTo((3 - 1) / 4, 12);
    const valueToFocal = 0.4 * 0.5 + 0.3 * (1 / 7) + 0.3 * 0.25;
    const valueToCandidate = 0.4 * (2 / 3) + 0.3 * (2 / 7) + 0.3 * 0.5;
    expect(bravo.valueToFocal).toBeCloseTo(valueToFocal, 12);
    expect(bravo.valueToCandidate).toBeCloseTo(valueToCandidate, 12);
    expect(bravo.conflictPenalty).toBeCloseTo(0.2, 12); // one MEDIUM overlap
    expect(bravo.mutualValue).toBeCloseTo(Math.sqrt(valueToFocal * valueToCandidate) * 0.8, 12);
    expect(bravo.oneSided).toBeNull();
  });

  it('classifies the 2x2, the size balance and the partnership type', async () => {
    const bravo = await fit('bravo');
    expect(bravo.quadrant).toBe('LOW'); // capability gain 0.25 and reach 1/7, both under 0.3
    expect(bravo.powerBalance).toBe('PEERS'); // 100 vs 50 employees: 2×
    expect(bravo.recommendedType.id).toBe('technology_integration'); // shared customers, each fills a gap
    expect(bravo.recommendedType.gtmChecklist).toContain('Roadmap visibility');
    expect(bravo.reasons).toContain('Shares 2 customers (50% of yours, 67% of theirs)');
    expect(bravo.reasons).toContain(
      `Fills your gap in Payments ${p}; you fill theirs in Email ${p} and Storefront ${p}`,
    );

    const charlie = await fit('charlie');
    expect(charlie.quadrant).toBe('DISTRIBUTION'); // reach 4/8 = 0.5, capability gain 1/4
    expect(charlie.powerBalance).toBe('SMALL_FISH'); // 400 vs 100 employees: 4×
    expect(charlie.powerGuidance).toMatch(/4\.0× your size/);
    expect(charlie.recommendedType.id).toBe('co_selling'); // complementary, no shared customers
  });

  it('rules a declared rival out and recommends no type', async () => {
    const delta = await fit('delta');
    expect(delta.ruledOut).toBe(true);
    expect(delta.conflictPenalty).toBe(1); // 0.5 · 2 HIGH
    expect(delta.mutualValue).toBe(0);
    expect(delta.recommendedType).toBeNull();
    expect(delta.recommendation).toMatch(/^No partnership type recommended: .*declared competitors/);
    expect(delta.reasons[0]).toMatch(/^Ruled out: .*declared competitors/);
  });

  it('flags a one-sided deal instead of zeroing it', async () => {
    // zulu has no customers and no capabilities: worth nothing to alpha, though alpha's customers would be reach for zulu.
    const zulu = await fit('zulu');
    expect(zulu.valueToFocal).toBe(0);
    expect(zulu.valueToCandidate).toBeGreaterThan(0);
    expect(zulu.oneSided).toBe('FOCAL');
    expect(zulu.reasons.some((reason: string) => reason.startsWith('One-sided: little in it for you'))).toBe(true);
    expect(zulu.powerBalance).toBe('BIG_FISH'); // employees unknown: 4 customers against 0
  });

  it('shows the pair’s history: partners, former partners', async () => {
    const foxtrot = await fit('foxtrot');
    expect(foxtrot.relation).toBe('PARTNER');
    expect(foxtrot.history).toEqual([
      {
        id: id('p-af'),
        status: 'ACTIVE',
        since: '2023-01-15',
        type: { id: 'referral' },
        parties: expect.arrayContaining([{ id: id('alpha') }, { id: id('foxtrot') }]),
      },
    ]);
    expect(foxtrot.reasons[0]).toBe('Active partner since 2023-01-15 (referral)');
    expect(foxtrot.recommendedType.id).toBe('referral'); // build on the partnership they have
    const hotel = await fit('hotel');
    expect(hotel.relation).toBe('FORMER_PARTNER');
    expect(hotel.reasons[0]).toBe('Former partner: co-marketing now ended');
    expect((await fit('bravo')).relation).toBe('CANDIDATE');
  });

  it('normalises weights and applies them', async () => {
    const onlySynergy = await fit('bravo', ', weights: { synergy: 2, reach: 0, capability: 0 }');
    expect(onlySynergy.weights).toEqual({ synergy: 1, reach: 0, capability: 0 });
    expect(onlySynergy.valueToFocal).toBeCloseTo(0.5, 12);
    expect(onlySynergy.mutualValue).toBeCloseTo(Math.sqrt(0.5 * (2 / 3)) * 0.8, 12);
    const halfHalf = await fit('bravo', ', weights: { synergy: 1, reach: 1, capability: 0 }');
    expect(halfHalf.valueToFocal).toBeCloseTo(0.5 * 0.5 + 0.5 * (1 / 7), 12);
    // Term weights replace the market's: overlap alone makes bravo's score its overlap strength, o / (o + 1).
    const overlapOnly = await fit('bravo', ', weights: { peers: 0, overlap: 1, niche: 0 }');
    const o = Math.sqrt(((2 + (10 * 11) / 24) / 14) * ((2 + (10 * 11) / 24) / 13));
    expect(overlapOnly.score).toBeCloseTo(o / (o + 1), 12);
    // 1e308 each does not overflow: three equal weights.
    const huge = await fit('bravo', ', weights: { synergy: 1e308, reach: 1e308, capability: 1e308 }');
    expect(huge.weights.synergy).toBeCloseTo(1 / 3, 12);
  });

  it('moves the 2x2 thresholds when asked', async () => {
    const { data } = await query(
      `{ partnerFit(focal: "${id('alpha')}", candidate: "${id('bravo')}", thresholds: { capability: 0.2 }) { quadrant } }`,
    );
    expect(data!.partnerFit.quadrant).toBe('CAPABILITY');
  });

  it('refuses weights that mean nothing', async () => {
    const negative = await query(
      `{ partnerFit(focal: "${id('alpha')}", candidate: "${id('bravo')}", weights: { reach: -1 }) { score } }`,
    );
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const zero = await query(
      `{ partnerFit(focal: "${id('alpha')}", candidate: "${id('bravo')}", weights: { synergy: 0, reach: 0, capability: 0 }) { score } }`,
    );
    expect(zero.errors?.[0]?.message).toMatch(/weights/);
  });

  it('is null for unknown ids, with NOT_FOUND naming the argument, and says why a company has no fit with itself', async () => {
    const { data, errors } = await query(
      `{ partnerFit(focal: "${id('alpha')}", candidate: "${id('nobody')}") { score } }`,
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'candidate', id: id('nobody') });
    expect(data!.partnerFit).toBeNull();
    const self = await query(`{ partnerFit(focal: "${id('alpha')}", candidate: "${id('alpha')}") { score } }`);
    expect(self.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(self.errors?.[0]?.message).toMatch(/focal company itself/);
  });
});

describe('candidates', () => {
  const ranked = async (args = '') => {
    const { data, errors } = await query(
      `{ candidates(focal: "${id('alpha')}", first: 50${args}) { candidate { id } score sharedCustomers } }`,
    );
    expect(errors).toBeUndefined();
    return data!.candidates as { candidate: { id: string }; score: number; sharedCustomers: number }[];
  };
  const ids = (list: { candidate: { id: string } }[]) =>
    list.map((entry) => entry.candidate.id).filter((x) => x.startsWith(p));

  it('ranks every other company by score, leaving out active partners and ruled-out rivals', async () => {
    const list = await ranked(', filter: { minSharedCustomers: 0 }');
    // foxtrot (referral), india and juliet (consortium) are active partners; hotel's partnership ended;
    // delta is a declared rival. bravo 0.3 · o / (o + 1) (overlap) and echo 0.5 · v / (v + 1) (peers), the
    // larger first, then ties at 0 by name.
    const pseudo = 2 + (10 * 11) / 24;
    const o = Math.sqrt((pseudo / 14) * (pseudo / 13));
    // sim(alpha, delta) over Σ sim, as under partnerFit: 1/12 over 2/(4√12) + 1/16 + 1/16 + 1/12 + 2/(4√6)
    const v = 1 / 12 / ((2 / Math.sqrt(12) + 1 / 4) / 4 + 1 / 16 + 1 / 12 + (2 * (1 / Math.sqrt(6))) / 4);
    const top = (0.3 * o) / (o + 1) > (0.5 * v) / (v + 1) ? ['bravo', 'echo'] : ['echo', 'bravo'];
    expect(ids(list)).toEqual([...top, 'charlie', 'golf', 'hotel', 'kilo', 'lima', 'zulu'].map(id));
    expect(ids(await ranked(', filter: { includeRuledOut: true }'))).toContain(id('delta'));
    const scores = list.map((entry) => entry.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const bravo = await fit('bravo');
    expect(list.find((entry) => entry.candidate.id === id('bravo'))!.score).toBeCloseTo(bravo.score, 12);
  });

  it('includes partners when asked', async () => {
    const list = await ranked(', filter: { includePartners: true }');
    expect(ids(list)).toEqual(expect.arrayContaining([id('foxtrot'), id('india'), id('juliet')]));
  });

  it('filters by segment, capability, shared customers and conflict severity', async () => {
    expect(ids(await ranked(`, filter: { segment: "${slugify(`Fashion ${p}`)}" }`)).sort()).toEqual([
      id('bravo'),
      id('charlie'),
    ]);
    // A name finds the segment or capability as well as its id.
    expect(ids(await ranked(`, filter: { segment: "Fashion ${p}" }`)).sort()).toEqual([id('bravo'), id('charlie')]);
    expect(ids(await ranked(`, filter: { capability: "Payments ${p}" }`))).toEqual([id('bravo')]);
    expect(ids(await ranked(`, filter: { capability: "${capability('Payments')}" }`))).toEqual([id('bravo')]);
    expect(ids(await ranked(', filter: { minSharedCustomers: 1 }'))).toEqual([id('bravo')]);
    expect(ids(await ranked(', filter: { excludeSeverity: HIGH, includeRuledOut: true }'))).not.toContain(id('delta'));
    const calm = ids(await ranked(', filter: { excludeSeverity: MEDIUM, includeRuledOut: true }'));
    for (const name of ['delta', 'bravo', 'charlie', 'echo', 'golf', 'kilo']) expect(calm).not.toContain(id(name));
    expect(calm).toContain(id('hotel'));
  });

  it('refuses a segment or capability the market does not have, naming the closest', async () => {
    const { errors } = await query(
      `{ candidates(focal: "${id('alpha')}", filter: { capability: "${capability('Paymnts')}" }) { score } }`,
    );
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain(
      `"filter.capability" names no capability ("${capability('Paymnts')}"); closest: Payments ${p} (${capability('Payments')})`,
    );
    const segment = await query(
      `{ candidates(focal: "${id('alpha')}", filter: { segment: "Nowhere at all" }) { score } }`,
    );
    expect(segment.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(segment.errors?.[0]?.message).toMatch(/"filter\.segment" names no segment \("Nowhere at all"\); closest: /);
  });

  it('re-ranks when the weights change', async () => {
    // Overlap only: bravo (strength o / (o + 1)) leads, echo falls to the tie at 0.
    const byOverlap = await ranked(', weights: { peers: 0, overlap: 1, niche: 0, complement: 0, pull: 0 }');
    expect(ids(byOverlap)[0]).toBe(id('bravo'));
    const o = Math.sqrt(((2 + (10 * 11) / 24) / 14) * ((2 + (10 * 11) / 24) / 13));
    expect(byOverlap[0]!.score).toBeCloseTo(o / (o + 1), 12);
    // Complement only: echo, golf and kilo tie at √(1/4 · 3/4), ordered by name.
    const byComplement = await ranked(', weights: { peers: 0, overlap: 0, niche: 0, complement: 1 }');
    expect(ids(byComplement).slice(0, 3)).toEqual(['echo', 'golf', 'kilo'].map(id));
  });

  it('limits the list and refuses bad pages and unknown focal companies', async () => {
    const { data } = await query(`{ candidates(focal: "${id('alpha')}", first: 2) { candidate { id } } }`);
    expect(data!.candidates).toHaveLength(2);
    const tooMany = await query(`{ candidates(focal: "${id('alpha')}", first: 101) { score } }`);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await query(`{ candidates(focal: "${id('nobody')}") { score } }`);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('ecosystem', () => {
  it('draws focal, top candidates, partners and rivals with typed edges', async () => {
    const { data, errors } = await query(`{ ecosystem(focal: "${id('alpha')}", first: 2) {
      focal { id } nodes { id kind score size sharedCustomers conflictSeverity relation ruledOut } edges { id source target kind weight } } }`);
    expect(errors).toBeUndefined();
    const graph = data!.ecosystem;
    const kindOf = (name: string) => graph.nodes.find((node: { id: string }) => node.id === id(name))?.kind;
    expect(kindOf('alpha')).toBe('FOCAL');
    for (const partner of ['foxtrot', 'india', 'juliet']) expect(kindOf(partner)).toBe('PARTNER');
    expect(kindOf('delta')).toBe('COMPETITOR');
    // the top 2 candidates, plus hotel: a former partner (their co-marketing ended) is drawn with its history
    expect(
      graph.nodes.filter(
        (node: { kind: string; relation: string }) => node.kind === 'CANDIDATE' && node.relation === 'CANDIDATE',
      ),
    ).toHaveLength(2);
    expect(graph.nodes.find((node: { id: string }) => node.id === id('hotel'))).toMatchObject({
      relation: 'FORMER_PARTNER',
      ruledOut: false,
    });
    expect(graph.nodes.find((node: { id: string }) => node.id === id('delta'))).toMatchObject({ ruledOut: true });
    const edge = (kind: string, a: string, b: string) =>
      graph.edges.find(
        (e: { kind: string; source: string; target: string }) =>
          e.kind === kind && e.source === id(a) && e.target === id(b),
      );
    expect(edge('COMPETES', 'alpha', 'delta')).toBeDefined();
    expect(edge('PARTNER', 'alpha', 'foxtrot')).toBeDefined();
    expect(edge('FORMER_PARTNER', 'alpha', 'hotel')).toBeDefined();
    expect(edge('PARTNER', 'india', 'juliet') ?? edge('PARTNER', 'juliet', 'india')).toBeDefined(); // consortium
    const sharedWithBravo = edge('SHARED_CUSTOMERS', 'alpha', 'bravo');
    if (kindOf('bravo')) expect(sharedWithBravo?.weight).toBe(2);
    expect(graph.nodes.find((node: { id: string }) => node.id === id('alpha')).size).toBe(4);
  });
});

describe('candidates after the graph changes', () => {
  // Rankings take companies from a directory the API keeps between requests
  // (api/fits/market-directory.ts): it must never outlive the data.
  const nameOf = async (candidate: string) => {
    const { data, errors } = await query(
      `{ candidates(focal: "${id('alpha')}", first: 50, filter: { includePartners: true }) { candidate { id name } } }`,
    );
    expect(errors).toBeUndefined();
    return (data!.candidates as { candidate: { id: string; name: string } }[]).find(
      (entry) => entry.candidate.id === id(candidate),
    )?.candidate.name;
  };

  it('reads the directory once per import, and shows what an import changed at once', async () => {
    const db = await useTestDatabase();
    const directoryReads = { count: 0 };
    const counting: Database = {
      ...db,
      read: (name, params) => ((directoryReads.count += name === 'market-directory' ? 1 : 0), db.read(name, params)),
    };
    await loadCandidatePool(counting, { focal: id('alpha') });
    await loadCandidatePool(counting, { focal: id('alpha') });
    expect(directoryReads.count).toBeLessThanOrEqual(1);
    expect(await nameOf('bravo')).not.toBe('Bravo Renamed');

    expect(
      (await importFolder(db, writeFixtureFolder({ companies: [{ id: id('bravo'), name: 'Bravo Renamed' }] })))
        .problems,
    ).toEqual([]);
    const pool = await loadCandidatePool(counting, { focal: id('alpha') });
    expect(pool!.candidates.find((entry) => entry.candidate.id === id('bravo'))!.candidate.name).toBe('Bravo Renamed');
    expect(await nameOf('bravo')).toBe('Bravo Renamed');
  });

  it('reads the graph every time when no import has versioned it (data written by other tools)', async () => {
    const db = await useTestDatabase();
    await nameOf('charlie');
    await db.write('test:other-tool', (tx) =>
      tx.runText(
        `MATCH (d:Dataset {id: 'loaded'}) REMOVE d.companiesVersion WITH 1 AS done MATCH (c:Company {id: $id}) SET c.name = 'Charlie Elsewhere'`,
        { id: id('charlie') },
      ),
    );
    expect(await nameOf('charlie')).toBe('Charlie Elsewhere');
  });
});
