import { createHash } from 'node:crypto';
import type { StudiedCompany } from './studied-company.ts';
import { evidenceTable, strengthOf, TERM_KINDS } from './fit-evidence.ts';
import { activePartnersWithout, partnerSets, type Market } from './market.ts';
import { evidenceScale, type MarketModel } from './market-model.ts';
import type { LikelihoodCurve } from './likelihood-curve.ts';

/** The inner fold of a known partnership: the first byte of SHA-1("likelihood:" + id), mod 5. */
function innerFoldOf(partnershipId: string): number {
  return createHash('sha1').update(`likelihood:${partnershipId}`).digest()[0]! % INNER_FOLDS;
}

const INNER_FOLDS = 5;

/** The rows each studied company's top 10 gives, per inner fold: each candidate's score, and whether it was a hidden partner. */
export function likelihoodCases(
  market: Market,
  studied: StudiedCompany[],
  hidden: ReadonlySet<string>,
  model: MarketModel,
): { scores: number[]; hits: number[] } {
  const known = market.partnerships.filter((p) => p.status === 'active' && !hidden.has(p.id));
  const full = activePartnersWithout(market, hidden);
  const scale = evidenceScale(model);
  const weights = TERM_KINDS.map((kind) => model.weights[kind]);
  const scores: number[] = [];
  const hits: number[] = [];
  for (let fold = 0; fold < INNER_FOLDS; fold++) {
    const innerHidden = new Set([...hidden, ...known.filter((p) => innerFoldOf(p.id) === fold).map((p) => p.id)]);
    const partners = partnerSets(market, innerHidden);
    for (const { counts, ruledOut } of studied) {
      const a = counts.focal;
      const lost = new Set([...full[a]!].filter((b) => !partners[a]!.has(b)));
      if (lost.size === 0) continue;
      const table = evidenceTable(market, counts, partners, scale);
      const ranked: { b: number; score: number }[] = [];
      for (let b = 0; b < market.companies.length; b++) {
        if (b === a || partners[a]!.has(b) || ruledOut[b]) continue;
        let score = 0;
        for (let t = 0; t < weights.length; t++) score += weights[t]! * strengthOf(table, t, b);
        ranked.push({ b, score });
      }
      ranked.sort((x, y) => y.score - x.score || counts.shared[y.b]! - counts.shared[x.b]! || x.b - y.b);
      for (const { b, score } of ranked.slice(0, 10)) {
        scores.push(score);
        hits.push(lost.has(b) ? 1 : 0);
      }
    }
  }
  return { scores, hits };
}

/**
 * Logistic regression of hit on score (Newton's method), with half a hit and
 * half a miss added at the mean score so a market whose top tens never (or
 * always) held a partner still gets a finite curve.
 */
export function fitLikelihood(scores: number[], hits: number[]): LikelihoodCurve {
  const mean = scores.reduce((sum, x) => sum + x, 0) / Math.max(1, scores.length);
  const xs = [...scores, mean, mean];
  const ys = [...hits, 1, 0];
  const ws = [...scores.map(() => 1), 0.5, 0.5];
  let a = 0;
  let b = 0;
  for (let iteration = 0; iteration < 100; iteration++) {
    let g0 = 0;
    let g1 = 0;
    let h00 = 1e-9;
    let h01 = 0;
    let h11 = 1e-9;
    for (let i = 0; i < xs.length; i++) {
      const p = sigmoid(a + b * xs[i]!);
      const error = ws[i]! * (ys[i]! - p);
      const v = ws[i]! * p * (1 - p);
      g0 += error;
      g1 += error * xs[i]!;
      h00 += v;
      h01 += v * xs[i]!;
      h11 += v * xs[i]! * xs[i]!;
    }
    const det = h00 * h11 - h01 * h01;
    const da = (h11 * g0 - h01 * g1) / det;
    const db = (h00 * g1 - h01 * g0) / det;
    a += da;
    b += db;
    if (Math.abs(da) + Math.abs(db) < 1e-12) break;
  }
  return {
    intercept: a,
    slope: b,
    rows: scores.length,
    observedRate: hits.reduce((sum, y) => sum + y, 0) / Math.max(1, hits.length),
  };
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** The likelihood of a pair whose score (with the market's own weights) is `marketScore`; the market's density when nothing was learned. */
export function likelihoodOf(model: MarketModel, marketScore: number): number {
  const curve = model.likelihood;
  return curve ? sigmoid(curve.intercept + curve.slope * marketScore) : model.density;
}

/** Plain bands a strategist reads, by the share of candidates this strong that were real partners. */
export type LikelihoodBand = 'STRONG' | 'GOOD' | 'SOME' | 'LITTLE';

/** Lower bounds of the bands: 1 in 2, 1 in 5, 1 in 20. */
const BAND_FLOORS: Record<Exclude<LikelihoodBand, 'LITTLE'>, number> = { STRONG: 0.5, GOOD: 0.2, SOME: 0.05 };

export function likelihoodBand(likelihood: number): LikelihoodBand {
  if (likelihood >= BAND_FLOORS.STRONG) return 'STRONG';
  if (likelihood >= BAND_FLOORS.GOOD) return 'GOOD';
  if (likelihood >= BAND_FLOORS.SOME) return 'SOME';
  return 'LITTLE';
}

/** "about 1 in 4", "about 7 in 10", "fewer than 1 in 100". */
export function oneIn(likelihood: number): string {
  if (likelihood >= 0.5) return `about ${Math.round(likelihood * 10)} in 10`;
  if (likelihood < 0.01) return 'fewer than 1 in 100';
  return `about 1 in ${Math.round(1 / likelihood)}`;
}

/** The likelihood in one sentence, with what it means and what it was learned from. */
export function likelihoodSentence(likelihood: number, model: MarketModel): string {
  if (!model.likelihood) {
    return `This market has too few partnerships to learn how evidence turns into partnerships: ${oneIn(likelihood)} pairs of companies here are partners.`;
  }
  return `In this market, ${oneIn(likelihood)} candidates this strong were real partners.`;
}
