import { describe, expect, it } from 'vitest';
import {
  joinIntroPaths,
  pathStrength,
  referenceWeight,
  type Half,
  type IntroWalks,
  type PartnershipLink,
} from '../../api/discovery/intro-paths.ts';
import { introSentence, type IntroNames } from '../../api/discovery/intro-sentence.ts';

const link = (
  partnershipId: string,
  status: 'active' | 'proposed' = 'active',
  since: string | null = '2020-01-01',
  typeId: string | null = 'referral',
): PartnershipLink => ({
  partnershipId,
  status,
  since,
  typeId,
});
const half = (companies: string[], links: PartnershipLink[]): Half => ({ companies, links });
const walks = (overrides: Partial<IntroWalks>): IntroWalks => ({
  focal: 'a',
  target: 't',
  maxHops: 3,
  fromFocal: [],
  fromTarget: [],
  focalReferences: [],
  targetReferences: [],
  shared: [],
  ...overrides,
});
const route = (walked: IntroWalks, first = 10) =>
  joinIntroPaths(walked, first).map((path) => [path.steps.map((step) => step.party.id).join('>'), path.strength]);

describe('intro path strength', () => {
  it('multiplies the links’ weights and halves for every hop after the first', () => {
    expect(referenceWeight(2)).toBe(1); // a customer of the two companies only
    expect(referenceWeight(5)).toBe(0.25); // 1 / (5 − 1)
    // a–x active, x–t proposed: 1 · ½ · ½^(2 − 1) = 0.25
    const [path] = joinIntroPaths(
      walks({ fromFocal: [half(['x'], [link('ax')])], fromTarget: [half(['x'], [link('tx', 'proposed')])] }),
      1,
    );
    expect(path!.strength).toBe(0.25);
    expect(pathStrength(path!.steps)).toBe(0.25);
  });
});

describe('joining the two walks', () => {
  it('meets them at a company, orients the target’s half towards it, and keeps maxHops', () => {
    const walked = walks({
      // a–x–y walked from the focal company; t–y and t–z–y from the target
      fromFocal: [half(['x'], [link('ax')]), half(['x', 'y'], [link('ax'), link('xy')])],
      fromTarget: [half(['y'], [link('ty')]), half(['z', 'y'], [link('tz'), link('zy', 'proposed')])],
    });
    // a–x–y–t: 1·1·1·¼ = 0.25; a–x–y–z–t has 4 hops (over maxHops 3)
    expect(route(walked)).toEqual([['x>y>t', 0.25]]);
    // with 4 hops: a–x–y–z–t = 1·1·½·1·⅛ = 0.0625
    expect(route({ ...walked, maxHops: 4 })).toEqual([
      ['x>y>t', 0.25],
      ['x>y>z>t', 0.0625],
    ]);
    const [path] = joinIntroPaths({ ...walked, maxHops: 4 }, 2).slice(1);
    expect(path!.steps.map((step) => step.partnership?.partnershipId)).toEqual(['ax', 'xy', 'zy', 'tz']);
  });

  it('joins references at either end, drops walks that visit a party twice, and counts each path once', () => {
    const walked = walks({
      fromFocal: [half(['x'], [link('ax')]), half(['t'], [link('at', 'proposed')])],
      fromTarget: [half(['y'], [link('ty')]), half(['a'], [link('at', 'proposed')])],
      // c1 (3 vendors) is the focal company's customer, also served by y and t
      focalReferences: [{ customer: 'c1', vendors: 3, met: ['y', 't'] }],
      // c2 (2 vendors) is the target's customer, also served by x and a
      targetReferences: [{ customer: 'c2', vendors: 2, met: ['x', 'a'] }],
      shared: [{ customer: 'c1', vendors: 3 }],
    });
    expect(route(walked)).toEqual([
      ['t', 0.5], // a–t proposed, found from both ends once
      ['c2>t', 0.5], // 1/(2−1) · ½
      ['c1>t', 0.25], // 1/(3−1) · ½
      ['x>c2>t', 0.25], // 1 · 1 · 1 · ¼
      ['c1>y>t', 0.125], // ½ · 1 · 1 · ¼
    ]);
  });
});

describe('intro sentences', () => {
  const names: IntroNames = {
    party: (kind, id) =>
      kind === 'CUSTOMER' ? `Customer ${id.toUpperCase()}` : `${id[0]!.toUpperCase()}${id.slice(1)}`,
    type: (typeId) => (typeId === 'technology_integration' ? 'technology integration' : (typeId ?? '')),
  };
  const sentence = (walked: IntroWalks) => joinIntroPaths(walked, 1).map((path) => introSentence(path, names))[0];

  it('names whom to ask and why, one clause per hop', () => {
    expect(
      sentence(
        walks({
          focal: 'shopwell',
          target: 'shipsmith',
          fromFocal: [half(['kudoswell'], [link('k', 'active', '2019-03-11', 'technology_integration')])],
          fromTarget: [half(['kudoswell'], [link('s', 'active', '2021-06-01', 'reseller')])],
        }),
      ),
    ).toBe(
      'Ask Kudoswell: your technology integration partner since 2019, which is a reseller partner of Shipsmith since 2021.',
    );
    expect(sentence(walks({ shared: [{ customer: 'c1', vendors: 3 }] }))).toBe(
      'Ask Customer C1: your customer, which also buys from T (3 vendors in all).',
    );
    expect(
      sentence(
        walks({
          fromFocal: [half(['x'], [link('ax', 'proposed', null, 'affiliate')])],
          targetReferences: [{ customer: 'c2', vendors: 4, met: ['x'] }],
        }),
      ),
    ).toBe(
      'Ask X: your proposed affiliate partner, which serves Customer C2, also a customer of T (4 vendors in all).',
    );
    expect(sentence(walks({ fromFocal: [half(['t'], [link('at', 'active', '2018-05-05', 'oem')])] }))).toBe(
      'You already work with T: your oem partner since 2018.',
    );
  });
});
