import { describe, expect, it } from 'vitest';
import { sinceMoment } from '../../api/changes/change-store.ts';
import { diffMarket, overlapMove } from '../../api/changes/diff-market.ts';
import {
  pairKey,
  watchedFocals,
  type MarketSnapshot,
  type SnapshotPartnership,
} from '../../api/changes/market-snapshot.ts';
import { signature } from '../../api/changes/webhook.ts';
import { readConfig } from '../../api/config.ts';

const partnership = (
  id: string,
  status: SnapshotPartnership['status'],
  ...parties: string[]
): [string, SnapshotPartnership] => [id, { id, status, since: '2024-01-01', typeId: 'referral', parties }];
const snapshot = (parts: Partial<MarketSnapshot>): MarketSnapshot => ({
  names: new Map(['a', 'b', 'c', 'd', 'r', 'x'].map((id) => [id, id.toUpperCase()])),
  partnerships: new Map(),
  rivalries: [],
  pins: [],
  watched: [],
  overlaps: new Map(),
  scores: new Map(),
  ...parts,
});
const typeName = (typeId: string | null) => typeId ?? '';
const kinds = (before: MarketSnapshot, after: MarketSnapshot) =>
  diffMarket(before, after, typeName).map((change) => [change.kind, change.sentence]);

describe('what changed: partnerships', () => {
  it('records new active partnerships, proposed ones made active, and active ones ended or gone', () => {
    const before = snapshot({
      partnerships: new Map([
        partnership('p1', 'proposed', 'a', 'b'),
        partnership('p2', 'active', 'a', 'c'),
        partnership('p3', 'active', 'b', 'c'),
        partnership('p4', 'ended', 'c', 'd'),
      ]),
    });
    const after = snapshot({
      partnerships: new Map([
        partnership('p1', 'active', 'a', 'b'),
        partnership('p2', 'ended', 'a', 'c'),
        partnership('p5', 'active', 'c', 'd'),
        partnership('p4', 'ended', 'c', 'd'),
      ]),
    });
    expect(kinds(before, after)).toEqual([
      ['PARTNERSHIP_STARTED', 'New active referral partnership of C and D (since 2024-01-01).'],
      ['PARTNERSHIP_STARTED', 'The referral partnership of A and B went from proposed to active (since 2024-01-01).'],
      ['PARTNERSHIP_ENDED', 'The active referral partnership of B and C is no longer in the data.'],
      ['PARTNERSHIP_ENDED', 'The referral partnership of A and C is now ended.'],
    ]);
    const [started] = diffMarket(before, after, typeName);
    expect(started).toMatchObject({
      concerns: ['c', 'd'],
      partnershipId: 'p5',
      statusBefore: null,
      statusAfter: 'active',
      companies: [
        { id: 'c', name: 'C', role: 'PARTY' },
        { id: 'd', name: 'D', role: 'PARTY' },
      ],
    });
  });

  it('records nothing when nothing changed', () => {
    const same = snapshot({
      partnerships: new Map([partnership('p1', 'active', 'a', 'b')]),
      rivalries: [['a', 'r']],
      overlaps: new Map([[pairKey('a', 'b'), 12]]),
    });
    expect(diffMarket(same, same, typeName)).toEqual([]);
  });
});

describe('what changed: channel conflicts', () => {
  it('records, per company affected, a new active partner of its rival, from a new partnership or a new rivalry', () => {
    // r is a's rival throughout; x starts partnering r: a is affected (and only a: r's other rival, d, is declared later)
    const before = snapshot({
      rivalries: [['a', 'r']],
      partnerships: new Map([partnership('old', 'active', 'b', 'd')]),
    });
    const after = snapshot({
      rivalries: [
        ['a', 'r'],
        ['b', 'c'],
      ],
      partnerships: new Map([partnership('old', 'active', 'b', 'd'), partnership('new', 'active', 'r', 'x')]),
    });
    const changes = diffMarket(before, after, typeName).filter((change) => change.kind === 'CHANNEL_CONFLICT');
    // x–r is new (a affected through r; nobody declared x a rival); b–c is a new rivalry: d, b's partner, now partners c's rival
    expect(changes.map((change) => change.sentence)).toEqual([
      'D is now an active partner of B, a declared rival of C.',
      'X is now an active partner of R, a declared rival of A.',
    ]);
    expect(changes[1]).toMatchObject({
      concerns: ['a'],
      companies: [
        { id: 'a', role: 'AFFECTED' },
        { id: 'x', role: 'PARTNER' },
        { id: 'r', role: 'RIVAL' },
      ],
    });
  });
});

describe('what changed: overlaps and scores', () => {
  it('calls an overlap news from 10 shared customers up, or when it doubles or halves past that', () => {
    expect(overlapMove(9, 10)).toBe('OVERLAP_GREW'); // crossed 10
    expect(overlapMove(10, 19)).toBeNull(); // grew, not doubled
    expect(overlapMove(10, 20)).toBe('OVERLAP_GREW'); // doubled
    expect(overlapMove(3, 6)).toBeNull(); // doubled, under 10
    expect(overlapMove(12, 9)).toBe('OVERLAP_SHRANK'); // fell under 10
    expect(overlapMove(40, 20)).toBe('OVERLAP_SHRANK'); // halved
    expect(overlapMove(40, 21)).toBeNull();
  });

  it('watches the shortlists’ focal companies with everyone, and reports their crossings and every moved pin', () => {
    const pins = [
      { shortlistId: 's0', shortlistName: 'Old', focal: 'c', candidate: 'd' },
      { shortlistId: 's1', shortlistName: 'Q3', focal: 'a', candidate: 'b' },
      { shortlistId: 's1', shortlistName: 'Q3', focal: 'a', candidate: 'c' },
      { shortlistId: 's1', shortlistName: 'Q3', focal: 'a', candidate: 'd' },
    ];
    // Pins come oldest shortlist first: the newest shortlists' focal companies are watched first.
    expect(watchedFocals(pins)).toEqual(['a', 'c']);
    const scores = (b: number | null, c: number, d: number) =>
      new Map([
        ['s1|b', b],
        ['s1|c', c],
        ['s1|d', d],
      ]);
    // a–b crosses 10, c–d doubles under 10 (no news), a–x is new at 12 (x was not in the graph: 0 before), a–d falls to 0 from 10
    const was = snapshot({
      pins,
      watched: ['a', 'c'],
      overlaps: new Map([
        [pairKey('a', 'b'), 4],
        [pairKey('c', 'd'), 3],
        [pairKey('a', 'd'), 10],
      ]),
      scores: scores(0.5, 0.3, 0.2),
    });
    const now = snapshot({
      pins,
      watched: ['a', 'c'],
      overlaps: new Map([
        [pairKey('a', 'b'), 11],
        [pairKey('c', 'd'), 6],
        [pairKey('a', 'x'), 12],
      ]),
      scores: scores(null, 0.3004, 0.25),
    });
    expect(kinds(was, now)).toEqual([
      ['OVERLAP_GREW', 'A and B now share 11 customers (4 before).'],
      ['OVERLAP_GREW', 'A and X now share 12 customers (0 before).'],
      ['OVERLAP_SHRANK', 'A and D now share 0 customers (10 before).'],
      ['SCORE_MOVED', 'On shortlist “Q3”, B’s fit for A is gone: the graph no longer has both (0.500 before).'],
      ['SCORE_MOVED', 'On shortlist “Q3”, D’s fit for A moved from 0.200 to 0.250.'], // c: 0.300 both times at three decimals
    ]);
    expect(diffMarket(was, now, typeName).at(-1)).toMatchObject({
      concerns: ['a'],
      before: 0.2,
      after: 0.25,
      shortlistId: 's1',
      shortlistName: 'Q3',
    });
  });
});

describe('the webhook and changes(since:)', () => {
  it('signs the body with HMAC-SHA256 as sha256=<hex>', () => {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
    expect(signature('what do ya want for nothing?', 'Jefe')).toBe(
      'sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('reads WEBHOOK_URL with its secret, and refuses either alone or malformed', () => {
    expect(readConfig({}).webhook).toBeUndefined();
    expect(
      readConfig({ WEBHOOK_URL: 'https://hooks.example.com/pg', WEBHOOK_SECRET: '0123456789abcdef' }).webhook,
    ).toEqual({ url: 'https://hooks.example.com/pg', secret: '0123456789abcdef' });
    expect(() => readConfig({ WEBHOOK_URL: 'https://hooks.example.com/pg' })).toThrow(
      /WEBHOOK_SECRET must be set with WEBHOOK_URL/,
    );
    expect(() => readConfig({ WEBHOOK_URL: 'ftp://hooks.example.com', WEBHOOK_SECRET: '0123456789abcdef' })).toThrow(
      /WEBHOOK_URL must be an http or https URL/,
    );
  });

  it('takes a date or a date-time with its zone, as UTC', () => {
    expect(sinceMoment(undefined)).toBeNull();
    expect(sinceMoment('2026-01-31')).toBe('2026-01-31T00:00:00.000Z');
    expect(sinceMoment('2026-01-31T10:00:00+01:00')).toBe('2026-01-31T09:00:00.000Z');
    for (const bad of ['2026-01-31T10:00:00', 'yesterday', '2026-13-45'])
      expect(() => sinceMoment(bad)).toThrow(/Argument "since" must be an ISO 8601/);
  });
});
