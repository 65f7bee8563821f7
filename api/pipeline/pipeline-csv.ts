import { stringify } from 'csv-stringify/sync';
import type { GoalProgress } from '../analysis/plan-progress.ts';
import { inert } from '../export/fit-csv.ts';
import type { PartnerImpactRecord } from './impact-service.ts';
import type { StoredLedgerEntry } from '../ledger/ledger-entry.ts';
import type { ActivityRecord, PipelineItemRecord } from './pipeline-store.ts';
import { ALIGNMENT_QUESTIONS, checklistProgress, partnershipType, type PlanRecord } from './plan-model.ts';

/**
 * The pipeline, a pipeline item's log, a plan, the ledger and partner impact
 * as CSV, for spreadsheets and CRMs. Pure. Text from people (notes, answers,
 * names) passes through `inert`, so a cell never runs as a formula; enum
 * values are written lower-case, as the import files write theirs.
 */
type Cell = string | number | boolean | null | undefined;

function csv(columns: readonly string[], rows: Record<string, Cell>[]): string {
  return stringify(
    rows.map((row) => Object.fromEntries(columns.map((column) => [column, cell(row[column])]))),
    { header: true, columns: [...columns] },
  );
}

function cell(value: Cell): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : inert(value);
}

const word = (value: string | null | undefined) => value?.toLowerCase() ?? null;

const PIPELINE_COLUMNS = [
  'item_id',
  'focal_id',
  'candidate_id',
  'candidate_name',
  'stage',
  'owner',
  'next_step',
  'next_step_due',
  'last_activity_on',
  'activities',
  'dust',
  'plan_version',
  'plan_type',
  'plan_effort',
  'checklist_done',
  'checklist_needed',
  'partnership_id',
  'partnership_type',
  'partnership_status',
  'partnership_since',
  'signed_at',
  'shortlist_id',
  'created_at',
  'created_by',
  'in_graph',
] as const;

export interface PipelineRow {
  item: PipelineItemRecord;
  candidateName: string | null;
  plan: PlanRecord | undefined;
  dust: string[];
}

export function pipelineToCsv(rows: readonly PipelineRow[]): string {
  return csv(
    PIPELINE_COLUMNS,
    rows.map(({ item, candidateName, plan, dust }) => {
      const progress = plan ? checklistProgress(plan.checklist) : undefined;
      return {
        item_id: item.id,
        focal_id: item.focalId,
        candidate_id: item.candidateId,
        candidate_name: candidateName,
        stage: word(item.stage),
        owner: item.owner,
        next_step: item.nextStep,
        next_step_due: item.nextStepDue,
        last_activity_on: item.touchedOn,
        activities: item.activityCount,
        dust: dust.join(' | '),
        plan_version: plan?.version,
        plan_type: plan?.typeId,
        plan_effort: word(partnershipType(plan?.typeId ?? null)?.effort),
        checklist_done: progress?.done,
        checklist_needed: progress?.needed,
        partnership_id: item.partnership?.id,
        partnership_type: item.partnership?.typeId,
        partnership_status: item.partnership?.status,
        partnership_since: item.partnership?.since,
        signed_at: item.partnership?.signedAt,
        shortlist_id: item.shortlistId,
        created_at: item.createdAt,
        created_by: item.createdBy,
        in_graph: item.inGraph,
      };
    }),
  );
}

const LOG_COLUMNS = ['record', 'on', 'kind', 'summary', 'by', 'recorded_at'] as const;

/** An item's log and its stage moves, oldest first: what happened, day by day. */
export function itemLogToCsv(item: PipelineItemRecord, activities: readonly ActivityRecord[]): string {
  const rows: Record<string, Cell>[] = [
    ...item.moves.map((move) => ({
      record: 'stage',
      on: move.at.slice(0, 10),
      kind: `${word(move.from) ?? 'start'} → ${word(move.to)}`,
      summary: move.note,
      by: move.by,
      recorded_at: move.at,
    })),
    ...activities.map((activity) => ({
      record: 'activity',
      on: activity.on,
      kind: word(activity.kind),
      summary: activity.summary,
      by: activity.by,
      recorded_at: activity.recordedAt,
    })),
  ];
  rows.sort(
    (a, b) => String(a.on).localeCompare(String(b.on)) || String(a.recorded_at).localeCompare(String(b.recorded_at)),
  );
  return csv(LOG_COLUMNS, rows);
}

const PLAN_COLUMNS = [
  'section',
  'item',
  'side',
  'metric',
  'target',
  'months',
  'actual',
  'expected_at_checkpoint',
  'behind',
  'text',
  'owner',
  'state',
] as const;

/** A plan, one row per goal, alignment answer, term and checklist box; its header rows give the type, effort and dates. */
export function planToCsv(plan: PlanRecord, goals: readonly GoalProgress[]): string {
  const type = partnershipType(plan.typeId);
  const rows: Record<string, Cell>[] = [
    { section: 'plan', item: 'version', text: String(plan.version) },
    { section: 'plan', item: 'type', text: plan.typeId },
    { section: 'plan', item: 'effort', text: word(type?.effort) },
    { section: 'plan', item: 'starts_on', text: plan.startsOn },
    { section: 'plan', item: 'checkpoint_on', text: plan.checkpointOn },
    ...goals.map((progress) => ({
      section: 'goal',
      item: progress.goal.id,
      side: word(progress.goal.side),
      metric: word(progress.goal.metric),
      target: progress.goal.target,
      months: progress.goal.months,
      actual: progress.actual,
      expected_at_checkpoint: progress.expectedAtCheckpoint,
      behind: progress.behind,
      text: progress.goal.description,
    })),
    ...plan.alignment.flatMap((answers) => [
      {
        section: 'alignment',
        item: ALIGNMENT_QUESTIONS[answers.topic].label,
        side: 'focal',
        text: answers.focalAnswer,
      },
      {
        section: 'alignment',
        item: ALIGNMENT_QUESTIONS[answers.topic].label,
        side: 'partner',
        text: answers.partnerAnswer,
      },
    ]),
    { section: 'terms', item: 'referral_fee_percent', target: plan.terms.referralFeePercent },
    { section: 'terms', item: 'markup_percent', target: plan.terms.markupPercent },
    { section: 'terms', item: 'rules_of_engagement', text: plan.terms.rulesOfEngagement },
    { section: 'terms', item: 'other_terms', text: plan.terms.otherTerms },
    ...plan.checklist.map((box) => ({
      section: 'checklist',
      item: box.item,
      owner: box.owner,
      state: word(box.state),
    })),
  ];
  return csv(PLAN_COLUMNS, rows);
}

const LEDGER_COLUMNS = [
  'id',
  'focal_id',
  'partner_id',
  'direction',
  'kind',
  'name',
  'account',
  'outcome',
  'value',
  'currency',
  'referred_on',
  'closed_on',
  'note',
  'source',
  'external_id',
  'created_at',
  'updated_at',
  'updated_by',
] as const;

export function ledgerToCsv(entries: readonly StoredLedgerEntry[]): string {
  return csv(
    LEDGER_COLUMNS,
    entries.map((entry) => ({
      id: entry.id,
      focal_id: entry.focalId,
      partner_id: entry.partnerId,
      direction: word(entry.direction),
      kind: word(entry.kind),
      name: entry.name,
      account: entry.account,
      outcome: word(entry.outcome),
      value: entry.value,
      currency: entry.currency,
      referred_on: entry.referredOn,
      closed_on: entry.closedOn,
      note: entry.note,
      source: entry.source,
      external_id: entry.externalId,
      created_at: entry.createdAt,
      updated_at: entry.updatedAt,
      updated_by: entry.updatedBy,
    })),
  );
}

const IMPACT_COLUMNS = [
  'partner_id',
  'partner_name',
  'partnership_status',
  'referrals_from_partner',
  'referrals_to_partner',
  'won_from_partner',
  'lost_from_partner',
  'win_rate_from_partner',
  'won_value_from_partner',
  'won_to_partner',
  'lost_to_partner',
  'win_rate_to_partner',
  'won_value_to_partner',
  'median_days_to_close',
  'balance',
  'value_balance',
  'win_rate_with_partner',
  'win_rate_without_partner',
  'win_rate_lift',
  'deal_size_with_partner',
  'deal_size_without_partner',
  'deal_size_lift',
  'goals_behind',
  'health',
] as const;

export function impactsToCsv(impacts: readonly PartnerImpactRecord[]): string {
  return csv(
    IMPACT_COLUMNS,
    impacts.map((impact) => ({
      partner_id: impact.partnerId,
      partner_name: impact.partnerName,
      partnership_status: impact.partnershipStatus,
      referrals_from_partner: impact.fromPartner.referrals,
      referrals_to_partner: impact.toPartner.referrals,
      won_from_partner: impact.fromPartner.won,
      lost_from_partner: impact.fromPartner.lost,
      win_rate_from_partner: impact.fromPartner.winRate,
      won_value_from_partner: impact.fromPartner.wonValue,
      won_to_partner: impact.toPartner.won,
      lost_to_partner: impact.toPartner.lost,
      win_rate_to_partner: impact.toPartner.winRate,
      won_value_to_partner: impact.toPartner.wonValue,
      median_days_to_close: impact.both.medianDaysToClose,
      balance: impact.balance,
      value_balance: impact.valueBalance,
      win_rate_with_partner: impact.lift?.winRateWith,
      win_rate_without_partner: impact.lift?.winRateWithout,
      win_rate_lift: impact.lift?.winRateLift,
      deal_size_with_partner: impact.lift?.dealSizeWith,
      deal_size_without_partner: impact.lift?.dealSizeWithout,
      deal_size_lift: impact.lift?.dealSizeLift,
      goals_behind: impact.goals.filter((progress) => progress.behind).length,
      health: impact.health.map((flag) => flag.sentence).join(' | '),
    })),
  );
}
