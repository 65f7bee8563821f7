import type { ApiProcess } from './api-process.ts';
import type { FocalCase } from './measure.ts';
import { round, timed } from './latency.ts';

/** What the bulk figure measured: a notebook's 2,000 pairs in one request. */
export interface BulkFitFigures {
  pairs: number;
  focalCompanies: number;
  /** Each request's wall time, s. */
  seconds: number[];
  /** Their median, s. */
  medianSeconds: number;
}

// Each fit's figures, as a notebook tabulates them; its terms would make 7 objects a pair, over the default cost for 2,000 pairs (docs/security.md).
const BULK = `query Bulk($pairs: [FitPair!]!) { partnerFits(pairs: $pairs) { focalId candidateId fit { score mutualValue valueToFocal valueToCandidate synergy reach capabilityGain quadrant } } }`;

/**
 * 2,000 (focal, candidate) pairs in one `partnerFits` request, as a notebook
 * would send them: 20 of the bench's focal companies, taken evenly across its
 * tiers (hubs included), each with 100 candidates spread over the market.
 * Timed through the API (cache off), `repeats` times.
 */
export async function measureBulkFit(
  api: ApiProcess,
  cases: FocalCase[],
  companies: { id: string }[],
  repeats = 3,
): Promise<BulkFitFigures> {
  const step = cases.length / 20;
  const focals = Array.from({ length: 20 }, (_, i) => cases[Math.floor(i * step)]!.id);
  const stride = Math.max(1, Math.floor(companies.length / 100));
  const pairs = focals.flatMap((focal, f) =>
    Array.from({ length: 100 }, (_, k) => companies[(f * 7 + k * stride) % companies.length]!.id)
      .filter((candidate) => candidate !== focal)
      .map((candidate) => ({ focal, candidate })),
  );
  const seconds: number[] = [];
  for (let run = 0; run < repeats; run += 1)
    seconds.push(round((await timed(() => api.graphql(BULK, { pairs }))) / 1000, 2));
  return {
    pairs: pairs.length,
    focalCompanies: focals.length,
    seconds,
    medianSeconds: [...seconds].sort((a, b) => a - b)[Math.floor(repeats / 2)]!,
  };
}
