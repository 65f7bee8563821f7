import DataLoader from 'dataloader';
import type { DescribedFit } from '../analysis/describe-fit.ts';
import type { Database } from '../db/database.ts';
import type { ShortlistEntryRecord, ShortlistRecord } from '../shortlists/shortlist-store.ts';
import { describeAll, pairFits, type CapabilityLoader, type Fits } from './fit-service.ts';
import type { RankingSettings } from './ranking-arguments.ts';

export type ShortlistEntryFit = ShortlistEntryRecord & { fit: DescribedFit | null };

/** Scores `candidates` for `focal` against the whole market (pairFits' contract). */
export type PinScorer = (focal: string, candidates: string[], settings: RankingSettings) => Promise<Fits | undefined>;

/** For a page whose fits nobody asked for (a query listing pins and notes): every fit null, no pool read. */
export const NO_SCORING: PinScorer = () => Promise.resolve(undefined);

/**
 * Current fits of a page of a shortlist's entries, in pin order, scored against
 * the whole market as the ranking scores them. A pin whose company the graph
 * no longer has comes with `fit: null`, and so does every pin when the focal
 * company is gone. `score` defaults to one pairFits call; a GraphQL request
 * passes its batchedPinScorer, so its shortlists share their scorings.
 */
export async function shortlistFits(
  db: Database,
  companies: CapabilityLoader,
  shortlist: ShortlistRecord,
  settings: RankingSettings,
  page: { first: number; offset: number },
  score: PinScorer = (focal, candidates, given) => pairFits(db, focal, candidates, given),
): Promise<ShortlistEntryFit[]> {
  const entries = shortlist.entries.slice(page.offset, page.offset + page.first);
  const candidateIds = entries.filter((entry) => entry.inGraph).map((entry) => entry.candidateId);
  const scored = candidateIds.length === 0 ? undefined : await score(shortlist.focalId, candidateIds, settings);
  const fits = new Map((scored ? await describeAll(scored, companies) : []).map((fit) => [fit.candidateId, fit]));
  return entries.map((entry) => ({ ...entry, fit: fits.get(entry.candidateId) ?? null }));
}

interface Scoring {
  focal: string;
  candidates: string[];
  settings: RankingSettings;
}

/**
 * One request's pin scorer: every scoring asked for in the same tick (the
 * `entries` of each shortlist a query lists) is batched, and the pins of all
 * shortlists with the same focal company and settings are scored in one
 * pairFits call, one candidate pool, one transaction. Without it,
 * `shortlists(first: 100) { entries { fit { … } } }` ran a hundred pool loads
 * side by side and drained the driver's connection pool for every client.
 * Shortlists of different focal companies still need a pool each; the
 * request's transaction cap (api/db/request-transactions.ts) runs those a few
 * at a time.
 */
export function batchedPinScorer(db: Database): PinScorer {
  const loader = new DataLoader<Scoring, Fits | undefined, string>(
    async (scorings) => {
      const groups = new Map<string, Scoring[]>();
      for (const scoring of scorings) {
        const key = groupKey(scoring);
        groups.set(key, [...(groups.get(key) ?? []), scoring]);
      }
      const results = new Map(
        await Promise.all(
          [...groups].map(async ([key, [first, ...rest]]) => {
            const candidates = [...new Set([first!, ...rest].flatMap((scoring) => scoring.candidates))];
            // One group's failure (its focal's pool could not be read) is its own scorings' error, not the batch's.
            const fits = await pairFits(db, first!.focal, candidates, first!.settings).catch((error: unknown) =>
              error instanceof Error ? error : new Error(String(error)),
            );
            return [key, fits] as const;
          }),
        ),
      );
      return scorings.map((scoring) => {
        const fits = results.get(groupKey(scoring));
        return fits instanceof Error ? fits : fits && only(fits, scoring.candidates);
      });
    },
    { cacheKeyFn: (scoring) => JSON.stringify([scoring.focal, scoring.settings, scoring.candidates]) },
  );
  return (focal, candidates, settings) => loader.load({ focal, candidates, settings });
}

/** Scorings that one pairFits call can answer: the same focal company, ranked with the same settings. */
function groupKey(scoring: Scoring): string {
  return JSON.stringify([scoring.focal, scoring.settings]);
}

/** A group's fits narrowed to one shortlist's candidates, in its order. */
function only(fits: Fits, candidates: string[]): Fits {
  const byId = new Map(fits.scored.map((scored) => [scored.facts.candidate.id, scored]));
  const scored = candidates.flatMap((id) => {
    const found = byId.get(id);
    return found ? [found] : [];
  });
  return { context: fits.context, scored, tiedWith: scored.map(() => null) };
}
