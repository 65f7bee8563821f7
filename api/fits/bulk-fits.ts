import type { GraphQLError } from 'graphql';
import type { DescribedFit } from '../analysis/describe-fit.ts';
import type { Database } from '../db/database.ts';
import { apiError, badInput } from '../errors.ts';
import { companyId } from './request-arguments.ts';
import { describeAll, pairFits, type CapabilityLoader } from './fit-service.ts';
import type { RankingSettings } from './ranking-arguments.ts';

/** The most pairs one bulk request scores: a notebook's batch, and about what 10,000 cost admits with a fit's score and terms. */
export const MAX_PAIRS = 2_000;

/** One pair's answer: its fit, or the error that stands at its place in the response. */
export interface PairAnswer {
  focalId: string;
  candidateId: string;
  fit: DescribedFit | null;
  error: GraphQLError | null;
}

/**
 * The fits of many pairs, each as `partnerFit` gives it (pairFits: scored
 * against the focal company's whole market). Pairs are grouped by focal
 * company: one candidate pool, one transaction, for all of a focal company's
 * pairs, and the groups run side by side within the request's transaction
 * cap. A pair naming an unknown company, or a company with itself, gets its
 * own error; the others are answered.
 */
export async function bulkFits(
  db: Database,
  companies: CapabilityLoader,
  pairs: readonly { focal: string; candidate: string }[],
  settings: RankingSettings,
): Promise<PairAnswer[]> {
  if (pairs.length === 0 || pairs.length > MAX_PAIRS)
    throw badInput(
      'pairs',
      `must hold 1 to ${MAX_PAIRS.toLocaleString('en-US')} pairs, got ${pairs.length.toLocaleString('en-US')}`,
    );
  const checked = pairs.map((pair, index) => ({
    focal: companyId(`pairs[${index}].focal`, pair.focal),
    candidate: companyId(`pairs[${index}].candidate`, pair.candidate),
  }));
  const groups = new Map<string, Set<string>>();
  for (const { focal, candidate } of checked) {
    if (focal === candidate) continue;
    let candidates = groups.get(focal);
    if (!candidates) groups.set(focal, (candidates = new Set()));
    candidates.add(candidate);
  }
  const fitsByFocal = new Map(
    await Promise.all(
      [...groups].map(async ([focal, candidates]) => {
        const fits = await pairFits(db, focal, [...candidates], settings);
        const described = fits ? await describeAll(fits, companies) : undefined;
        return [focal, described && new Map(described.map((fit) => [fit.candidateId, fit]))] as const;
      }),
    ),
  );
  return checked.map(({ focal, candidate }, index) => {
    const answer = (fit: DescribedFit | null, error: GraphQLError | null): PairAnswer => ({
      focalId: focal,
      candidateId: candidate,
      fit,
      error,
    });
    if (focal === candidate)
      return answer(
        null,
        badInput(`pairs[${index}].candidate`, 'is the focal company itself: a company is not its own partner'),
      );
    const fits = fitsByFocal.get(focal);
    if (!fits) return answer(null, missing(`pairs[${index}].focal`, focal));
    const fit = fits.get(candidate);
    return fit ? answer(fit, null) : answer(null, missing(`pairs[${index}].candidate`, candidate));
  });
}

function missing(argument: string, id: string): GraphQLError {
  return apiError('NOT_FOUND', `No company with id "${id}" (argument "${argument}")`, { argument, id });
}
