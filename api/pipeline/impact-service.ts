import DataLoader from 'dataloader';
import { dateOf } from '../analysis/calendar-days.ts';
import { dustFlags, type DustFlag } from '../analysis/gathering-dust.ts';
import { partnerImpact, type PartnerImpactFigures } from '../analysis/partner-impact.ts';
import { balanceSentence, healthFlags, type HealthFlag } from '../analysis/partnership-health.ts';
import { goalProgress, type GoalProgress } from '../analysis/plan-progress.ts';
import type { Database } from '../db/database.ts';
import { dustSettings } from './dust-settings.ts';
import { readLedgerFacts } from './ledger-store.ts';
import { planOf } from './plan-store.ts';

/**
 * Partner impact and health (docs/analyses.md): each partnership's ledger,
 * its plan's goals and its pipeline item, read in a few queries per focal
 * company and handed to the pure figures of api/analysis/.
 */
export interface PartnerImpactRecord extends PartnerImpactFigures {
  focalId: string;
  partnerId: string;
  pipelineItemId: string | null;
  /** The graph's lower-case word, or null. */
  partnershipStatus: string | null;
  balanceSentence: string;
  goals: GoalProgress[];
  health: HealthFlag[];
  /** The pair's pipeline item gathering dust, if it does. */
  dust: DustFlag[];
  focalName: string;
  partnerName: string;
}

export interface ImpactOptions {
  /** YYYY-MM-DD; default today (UTC). */
  today?: string;
  /** Default the configured PIPELINE_DUST_DAYS. */
  quietDays?: number;
}

/** The impact of `focal`'s partnership with each of `partners`, in that order; every partner it has when null, the most referrals first. */
export async function partnerImpacts(
  db: Database,
  focal: string,
  partners: readonly string[] | null,
  options: ImpactOptions = {},
): Promise<PartnerImpactRecord[]> {
  const today = options.today ?? dateOf(new Date());
  const quietDays = options.quietDays ?? dustSettings().quietDays;
  const ids = partners
    ? [...new Set(partners)]
    : ((await db.read('pipeline/impact-partners', { focal }))[0]?.partners ?? []);
  if (ids.length === 0) return [];
  const [facts, pairs, companies] = await Promise.all([
    readLedgerFacts(db, focal, ids),
    db.read('pipeline/pair-facts', { focal, partners: ids }),
    db.read('companies-by-ids', { ids: [focal, ...ids] }),
  ]);
  const names = new Map(companies.map((row) => [String(row.company.id), String(row.company.name)]));
  const own = facts.filter((fact) => fact.partnerId === null);
  const pairOf = new Map(pairs.map((row) => [String(row.partnerId), row]));
  const impacts = ids.map((partnerId): PartnerImpactRecord => {
    const pair = pairOf.get(partnerId);
    const entries = facts.filter((fact) => fact.partnerId === partnerId);
    const figures = partnerImpact(entries, own);
    const plan = pair?.plan ? planOf(pair.plan) : null;
    const goals = plan ? plan.goals.map((goal) => goalProgress(goal, plan, entries, today)) : [];
    const item = pair?.item ?? null;
    const dust = item
      ? dustFlags(
          {
            stage: item.stage,
            lastActivityOn: item.touchedOn ?? dateOf(item.createdAt),
            checkpointOn: plan?.checkpointOn ?? null,
            goals,
          },
          today,
          quietDays,
        )
      : [];
    const status = pair?.status ?? null;
    const focalName = names.get(focal) ?? focal;
    const partnerName = names.get(partnerId) ?? partnerId;
    const signed = status === 'active' || status === 'proposed' || item?.stage === 'SIGNED';
    return {
      ...figures,
      focalId: focal,
      partnerId,
      pipelineItemId: item?.id ?? null,
      partnershipStatus: status,
      balanceSentence: balanceSentence(figures, focalName, partnerName),
      goals,
      health: healthFlags({ focalName, partnerName, figures, signed, goals: plan ? goals : null, dust }),
      dust,
      focalName,
      partnerName,
    };
  });
  return partners
    ? impacts
    : impacts.sort((a, b) => b.both.referrals - a.both.referrals || a.partnerName.localeCompare(b.partnerName));
}

/**
 * A request's impacts, loaded in one batch per focal company: a pipeline
 * page of a hundred items asks a few queries, not a few hundred.
 */
export type ImpactLoader = DataLoader<string, PartnerImpactRecord>;

const loaders = new WeakMap<object, ImpactLoader>();

export function impactLoader(db: Database, request: object): ImpactLoader {
  let loader = loaders.get(request);
  if (!loader) {
    loader = new DataLoader<string, PartnerImpactRecord>(async (keys) => {
      const byFocal = new Map<string, string[]>();
      for (const key of keys) {
        const [focal, partner] = JSON.parse(key) as [string, string];
        byFocal.set(focal, [...(byFocal.get(focal) ?? []), partner]);
      }
      const found = new Map<string, PartnerImpactRecord>();
      for (const [focal, partners] of byFocal)
        for (const impact of await partnerImpacts(db, focal, partners))
          found.set(JSON.stringify([focal, impact.partnerId]), impact);
      return keys.map((key) => found.get(key)!);
    });
    loaders.set(request, loader);
  }
  return loader;
}

export function impactKey(focal: string, partner: string): string {
  return JSON.stringify([focal, partner]);
}
