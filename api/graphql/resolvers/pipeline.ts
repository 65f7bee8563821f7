import type { Resolvers } from '../generated/resolver-types.ts';
import DataLoader from 'dataloader';
import { dateOf } from '../../analysis/calendar-days.ts';
import { dustSentence } from '../../analysis/partnership-health.ts';
import { PARTNERSHIP_TYPES } from '../../domain/partnership-types.ts';
import { badInput } from '../../errors.ts';
import { runDustCheck } from '../../pipeline/dust-check.ts';
import { dustSettings } from '../../pipeline/dust-settings.ts';
import { impactKey, impactLoader, partnerImpacts } from '../../pipeline/impact-service.ts';
import {
  deleteLedgerEntry,
  readLedger,
  recordLedgerEntry,
  requireKnown,
  updateLedgerEntry,
} from '../../pipeline/ledger-store.ts';
import {
  ALIGNMENT_QUESTIONS,
  checklistProgress,
  partnershipType,
  type AlignmentAnswers,
  type PlanRecord,
} from '../../pipeline/plan-model.ts';
import type { PlanPatch } from '../../pipeline/plan-patch.ts';
import { readPlans, readPlanVersions, updatePlan } from '../../pipeline/plan-store.ts';
import type { PipelineStage } from '../../domain/pipeline-stages.ts';
import {
  createPipelineItem,
  deletePipelineItem,
  logActivity,
  movePipelineItem,
  pipelineItemOrFail,
  readActivities,
  readOwners,
  readPipeline,
  updatePipelineItem,
  type PipelineItemRecord,
} from '../../pipeline/pipeline-store.ts';
import { signPipelineItem } from '../../pipeline/sign-partnership.ts';
import { companyId, pageOffset, pageSize } from '../../fits/request-arguments.ts';
import type { ApiContext } from '../context.ts';
import type { PlanView } from '../parents.ts';

/** A request's plans, one query for every item of the page. */
const planLoaders = new WeakMap<object, DataLoader<string, PlanRecord | null>>();
function plans(context: ApiContext): DataLoader<string, PlanRecord | null> {
  let loader = planLoaders.get(context);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const found = await readPlans(context.db, ids);
      return ids.map((id) => found.get(id) ?? null);
    });
    planLoaders.set(context, loader);
  }
  return loader;
}

const impactOf = (context: ApiContext, focal: string, partner: string) =>
  impactLoader(context.db, context).load(impactKey(focal, partner));

const today = () => dateOf(new Date());

export const pipelineResolvers: Resolvers = {
  Query: {
    pipeline: async (_, args, { db }) => {
      const focal = args.focal == null ? null : companyId('focal', args.focal);
      const items = await readPipeline(db, {
        focal,
        owner: args.owner ?? null,
        stages: (args.stages ?? null) as PipelineStage[] | null,
        first: pageSize(args.first, 100),
        offset: pageOffset(args.offset),
      });
      if (items.length === 0 && focal !== null && (args.offset ?? 0) === 0) await requireKnown(db, [focal]);
      return items;
    },
    pipelineItem: async (_, args, { db }) => pipelineItemOrFail(db, args.id),
    pipelineOwners: (_, args, { db }) => readOwners(db, args.focal == null ? null : companyId('focal', args.focal)),
    ledger: async (_, args, { db }) => {
      const focal = companyId('focal', args.focal);
      const partner = args.partner == null ? null : companyId('partner', args.partner);
      if (partner !== null && args.withoutPartner)
        throw badInput('withoutPartner', 'cannot be true with a partner: the entries without one have none');
      const entries = await readLedger(db, {
        focal,
        partner,
        withoutPartner: args.withoutPartner ?? false,
        first: pageSize(args.first, 100),
        offset: pageOffset(args.offset),
      });
      if (entries.length === 0 && (args.offset ?? 0) === 0)
        await requireKnown(db, [focal, ...(partner ? [partner] : [])]);
      return entries;
    },
    partnerImpact: async (_, args, { db }) => {
      const focal = companyId('focal', args.focal);
      const partner = companyId('partner', args.partner);
      if (partner === focal) throw badInput('partner', 'is the focal company itself');
      const [impact] = await partnerImpacts(db, focal, [partner]);
      // Records outlive the companies: only an id neither the graph nor the records know is unknown.
      if (impact!.both.referrals === 0 && impact!.pipelineItemId === null) await requireKnown(db, [focal, partner]);
      return impact!;
    },
    partnerImpacts: async (_, args, { db }) => {
      const focal = companyId('focal', args.focal);
      const first = pageSize(args.first, 20);
      const impacts = await partnerImpacts(db, focal, null);
      if (impacts.length === 0) await requireKnown(db, [focal]);
      return impacts.slice(0, first);
    },
  },
  Mutation: {
    createPipelineItem: (_, args, context) => createPipelineItem(context.db, args.input, context.actor),
    updatePipelineItem: (_, args, context) => updatePipelineItem(context.db, args.id, args.patch, context.actor),
    movePipelineItem: (_, args, context) =>
      args.stage === 'SIGNED' || args.signing
        ? args.stage === 'SIGNED'
          ? signPipelineItem(context.db, args.id, args.signing ?? missingSigning(), args.note, {
              actor: context.actor,
              webhook: context.webhook,
            })
          : Promise.reject(badInput('signing', `is only for a move to SIGNED; this one is to ${args.stage}`))
        : movePipelineItem(context.db, args.id, args.stage as PipelineStage, args.note, context.actor),
    logPipelineActivity: (_, args, context) => logActivity(context.db, args.id, args.activity, context.actor),
    deletePipelineItem: (_, args, { db }) => deletePipelineItem(db, args.id),
    updatePartnershipPlan: async (_, args, context) => {
      const item = await pipelineItemOrFail(context.db, args.item);
      const plan = await updatePlan(
        context.db,
        args.item,
        args.patch as PlanPatch,
        context.actor,
        args.expectedVersion,
      );
      return { ...plan, focalId: item.focalId, candidateId: item.candidateId } satisfies PlanView;
    },
    recordLedgerEntry: (_, args, context) => recordLedgerEntry(context.db, args.input, context.actor),
    updateLedgerEntry: (_, args, context) => updateLedgerEntry(context.db, args.id, args.patch, context.actor),
    deleteLedgerEntry: (_, args, { db }) => deleteLedgerEntry(db, args.id),
    checkGatheringDust: (_, __, context) =>
      runDustCheck(context.db, { quietDays: dustSettings().quietDays, webhook: context.webhook }),
  },
  PipelineItem: {
    focal: async (item, _, context) => (await context.companies.load(item.focalId))?.company ?? null,
    candidate: async (item, _, context) => (await context.companies.load(item.candidateId))?.company ?? null,
    nextStepOverdue: (item) => overdue(item),
    lastActivityOn: (item) => item.touchedOn,
    activities: (item, args, { db }) => readActivities(db, item.id, pageSize(args.first, 20), pageOffset(args.offset)),
    stageMoves: (item) => item.moves,
    plan: async (item, _, context) => {
      const plan = await plans(context).load(item.id);
      return plan ? ({ ...plan, focalId: item.focalId, candidateId: item.candidateId } satisfies PlanView) : null;
    },
    impact: (item, _, context) => impactOf(context, item.focalId, item.candidateId),
    dust: async (item, _, context) => {
      const impact = await impactOf(context, item.focalId, item.candidateId);
      return impact.dust.map((flag) => ({
        ...flag,
        sentence: dustSentence(flag, impact.focalName, impact.partnerName),
      }));
    },
    warnings: async (item, _, context) => warningsOf(item, await plans(context).load(item.id)),
    csvUrl: (item) => `/export/pipeline/${encodeURIComponent(item.id)}.csv`,
  },
  SignedPartnership: {
    type: (partnership) => PARTNERSHIP_TYPES.find((type) => type.id === partnership.typeId) ?? null,
  },
  PartnershipPlan: {
    type: (plan) => partnershipType(plan.typeId) ?? null,
    effort: (plan) => partnershipType(plan.typeId)?.effort ?? null,
    goals: async (plan, _, context) => (await impactOf(context, plan.focalId, plan.candidateId)).goals,
    alignment: (plan) =>
      plan.alignment.map((answers: AlignmentAnswers) => ({ ...answers, ...ALIGNMENT_QUESTIONS[answers.topic] })),
    checklistDone: (plan) => checklistProgress(plan.checklist).done,
    checklistNeeded: (plan) => checklistProgress(plan.checklist).needed,
    versions: (plan, args, { db }) =>
      readPlanVersions(db, plan.itemId, pageSize(args.first, 20), pageOffset(args.offset)),
    csvUrl: (plan) => `/export/plans/${encodeURIComponent(plan.itemId)}.csv`,
  },
  PlanGoal: {
    id: (progress) => progress.goal.id,
    side: (progress) => progress.goal.side,
    metric: (progress) => progress.goal.metric,
    target: (progress) => progress.goal.target,
    months: (progress) => progress.goal.months,
    description: (progress) => progress.goal.description,
  },
  LedgerEntry: {
    partner: async (entry, _, context) =>
      entry.partnerId ? ((await context.companies.load(entry.partnerId))?.company ?? null) : null,
  },
  PartnerImpact: {
    partner: async (impact, _, context) => (await context.companies.load(impact.partnerId))?.company ?? null,
  },
};

function missingSigning(): never {
  throw badInput(
    'signing',
    'is needed for a move to SIGNED: the partnership type, its status and date (each has a default but the type, which the plan may give)',
  );
}

function overdue(item: PipelineItemRecord): boolean {
  return (
    item.nextStepDue !== null && item.nextStepDue < today() && !['SIGNED', 'DECLINED', 'PARKED'].includes(item.stage)
  );
}

/** What practitioners would not sign without, in sentences: the most common ways a partnership fails after the first call. */
function warningsOf(item: PipelineItemRecord, plan: PlanRecord | null): string[] {
  const warnings: string[] = [];
  const late = ['PLAN_AGREED', 'SIGNED'].includes(item.stage);
  if (!item.inGraph)
    warnings.push('A re-import dropped one of the two companies: the item, its log, plan and ledger are kept.');
  if (!plan && late)
    warnings.push(
      `${item.stage === 'SIGNED' ? 'Signed' : 'Plan agreed'} without a written plan: write the goals, terms and checklist.`,
    );
  if (plan) {
    const measured = plan.goals.filter((goal) => goal.metric !== 'OTHER');
    const sides = new Set(plan.goals.map((goal) => goal.side));
    if (measured.length === 0 && (late || item.stage === 'IN_DISCUSSION'))
      warnings.push('The plan has no goals in numbers: write each side’s, with a time frame.');
    else if (plan.goals.length > 0 && sides.size === 1)
      warnings.push(
        `Goals for ${sides.has('FOCAL') ? 'our side' : 'the partner’s side'} only: agree both sides’ numbers and time frames.`,
      );
    if (!plan.typeId && late) warnings.push('The plan names no partnership type, so no go-to-market checklist.');
    const unowned = plan.checklist.filter(
      (box) => box.owner === null && box.state !== 'NOT_NEEDED' && box.state !== 'DONE',
    ).length;
    if (unowned > 0) warnings.push(`${unowned} go-to-market box${unowned === 1 ? ' has' : 'es have'} no owner.`);
  }
  if (overdue(item)) warnings.push(`The next step was due on ${item.nextStepDue}.`);
  return warnings;
}
