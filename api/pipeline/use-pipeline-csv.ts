import type { Plugin } from 'graphql-yoga';
import { dateOf } from '../analysis/calendar-days.ts';
import { goalProgress } from '../analysis/plan-progress.ts';
import { dustSentence } from '../analysis/partnership-health.ts';
import type { Database } from '../db/database.ts';
import { csvErrorResponse, csvResponse, safeName } from '../export/csv-response.ts';
import { badInput, notFound } from '../errors.ts';
import { partnerImpacts } from './impact-service.ts';
import { idArgument } from '../ledger/input-checks.ts';
import { readLedger, readLedgerFacts, requireKnown } from './ledger-store.ts';
import { impactsToCsv, itemLogToCsv, ledgerToCsv, pipelineToCsv, planToCsv } from './pipeline-csv.ts';
import { isStage } from '../domain/pipeline-stages.ts';
import { pipelineItemOrFail, readActivities, readPipeline, MAX_ACTIVITIES } from './pipeline-store.ts';
import { readPlan, readPlans } from './plan-store.ts';

/**
 * CSV downloads of the pipeline, plans and ledger, behind the same key
 * check and rate limit as every /export/ route (api/plugins/use-auth.ts,
 * use-rate-limit.ts run before this):
 * - `GET /export/pipeline.csv?focal=<id>&owner=<name>&stage=<stage>` (stage repeatable)
 * - `GET /export/pipeline/<item id>.csv`: the item's log and stage moves
 * - `GET /export/plans/<item id>.csv`: the item's plan
 * - `GET /export/ledger.csv?focal=<id>&partner=<id>&withoutPartner=true`
 * - `GET /export/partner-impact.csv?focal=<id>`
 * Bad parameters get 400 and an unknown id 404, each with a plain-text reason.
 */
export function usePipelineCsv(db: Database): Plugin {
  return {
    async onRequest({ url, fetchAPI, endResponse }) {
      const route = routeOf(url.pathname);
      if (!route) return;
      try {
        const { filename, body } = await route(db, url.searchParams);
        endResponse(csvResponse(fetchAPI, filename, body));
      } catch (error) {
        endResponse(csvErrorResponse(fetchAPI, error));
      }
    },
  };
}

type Route = (db: Database, params: URLSearchParams) => Promise<{ filename: string; body: string }>;

/** A CSV lists more than a GraphQL page: a spreadsheet holds a whole pipeline or ledger. */
const MAX_PIPELINE_ROWS = 1_000;
const MAX_LEDGER_ROWS = 10_000;

function routeOf(path: string): Route | undefined {
  if (path === '/export/pipeline.csv') return pipelineCsv;
  if (path === '/export/ledger.csv') return ledgerCsv;
  if (path === '/export/partner-impact.csv') return impactCsv;
  const item = /^\/export\/pipeline\/([^/]+)\.csv$/.exec(path);
  if (item) return (db) => itemCsv(db, decodeURIComponent(item[1]!));
  const plan = /^\/export\/plans\/([^/]+)\.csv$/.exec(path);
  if (plan) return (db) => planCsv(db, decodeURIComponent(plan[1]!));
  return undefined;
}

async function pipelineCsv(db: Database, params: URLSearchParams) {
  const focal = params.get('focal') === null ? null : idArgument('focal', params.get('focal')!);
  const stages = params.getAll('stage').map((stage) => stage.toUpperCase());
  const unknown = stages.find((stage) => !isStage(stage));
  if (unknown) throw badInput('stage', `"${unknown}" is not a pipeline stage`);
  const items = await readPipeline(db, {
    focal,
    owner: params.get('owner'),
    stages: stages.filter(isStage),
    first: MAX_PIPELINE_ROWS,
  });
  const plans = await readPlans(
    db,
    items.map((item) => item.id),
  );
  const names = new Map(
    (await db.read('companies-by-ids', { ids: [...new Set(items.map((item) => item.candidateId))] })).map((row) => [
      String(row.company.id),
      String(row.company.name),
    ]),
  );
  const dust = new Map<string, string[]>();
  for (const focalId of new Set(items.map((item) => item.focalId))) {
    const ours = items.filter((item) => item.focalId === focalId);
    for (const impact of await partnerImpacts(
      db,
      focalId,
      ours.map((item) => item.candidateId),
    )) {
      const item = ours.find((candidate) => candidate.candidateId === impact.partnerId)!;
      dust.set(
        item.id,
        impact.dust.map((flag) => dustSentence(flag, impact.focalName, impact.partnerName)),
      );
    }
  }
  const rows = items.map((item) => ({
    item,
    candidateName: names.get(item.candidateId) ?? null,
    plan: plans.get(item.id),
    dust: dust.get(item.id) ?? [],
  }));
  return { filename: `pipeline${focal ? `-${safeName(focal)}` : ''}.csv`, body: pipelineToCsv(rows) };
}

async function itemCsv(db: Database, id: string) {
  const item = await pipelineItemOrFail(db, id);
  const activities = await readActivities(db, id, MAX_ACTIVITIES, 0);
  return { filename: `pipeline-item-${safeName(item.candidateId)}.csv`, body: itemLogToCsv(item, activities) };
}

async function planCsv(db: Database, itemId: string) {
  const item = await pipelineItemOrFail(db, itemId);
  const plan = await readPlan(db, itemId);
  if (!plan) throw notFound('partnership plan for pipeline item', itemId);
  const entries = (await readLedgerFacts(db, item.focalId, [item.candidateId])).filter(
    (fact) => fact.partnerId === item.candidateId,
  );
  const today = dateOf(new Date());
  return {
    filename: `plan-${safeName(item.candidateId)}.csv`,
    body: planToCsv(
      plan,
      plan.goals.map((goal) => goalProgress(goal, plan, entries, today)),
    ),
  };
}

async function ledgerCsv(db: Database, params: URLSearchParams) {
  const focal = idArgument('focal', params.get('focal') ?? '');
  const partner = params.get('partner') === null ? null : idArgument('partner', params.get('partner')!);
  const entries = await readLedger(db, {
    focal,
    partner,
    withoutPartner: params.get('withoutPartner') === 'true',
    first: MAX_LEDGER_ROWS,
    offset: 0,
  });
  if (entries.length === 0) await requireKnown(db, [focal]);
  return { filename: `ledger-${safeName(focal)}.csv`, body: ledgerToCsv(entries) };
}

async function impactCsv(db: Database, params: URLSearchParams) {
  const focal = idArgument('focal', params.get('focal') ?? '');
  const impacts = await partnerImpacts(db, focal, null);
  if (impacts.length === 0) await requireKnown(db, [focal]);
  return { filename: `partner-impact-${safeName(focal)}.csv`, body: impactsToCsv(impacts) };
}
