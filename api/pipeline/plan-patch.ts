import { addDays } from '../analysis/calendar-days.ts';
import type { GoalMetric, GoalSide, PlanGoal } from '../analysis/plan-progress.ts';
import { badInput } from '../errors.ts';
import { PARTNERSHIP_TYPE_IDS } from '../domain/partnership-types.ts';
import { has, optionalDate, optionalNumber, optionalText, requiredText, wholeNumber } from '../ledger/input-checks.ts';
import {
  ALIGNMENT_QUESTIONS,
  checklistOf,
  DEFAULT_CHECKPOINT_DAYS,
  partnershipType,
  type AlignmentTopic,
  type ChecklistState,
  type CommercialTerms,
  type PlanRecord,
} from './plan-model.ts';

/**
 * A change to a plan, as the API takes it: each part given is changed, each
 * left out is left alone, so two people editing different parts of one plan
 * at once both keep their edit. Goals are the one list given whole (a goal is
 * kept by its id). Pure: the plan store applies it under the plan's lock.
 */
export interface PlanPatch {
  type?: string | null;
  startsOn?: string | null;
  checkpointOn?: string | null;
  goals?: GoalInput[] | null;
  alignment?: { topic: AlignmentTopic; side: GoalSide; answer?: string | null }[] | null;
  terms?: Partial<Record<keyof CommercialTerms, number | string | null>> | null;
  checklist?: { item: string; owner?: string | null; state?: ChecklistState | null }[] | null;
}

interface GoalInput {
  id?: string | null;
  side: GoalSide;
  metric: GoalMetric;
  target: number;
  months: number;
  description?: string | null;
}

const MAX_GOALS = 20;
const MAX_ANSWER = 4_000;
const MAX_TERMS_TEXT = 4_000;
const MAX_OWNER = 120;
const MAX_DESCRIPTION = 500;
/** The longest time frame a goal may have: five years. */
const MAX_MONTHS = 60;

export interface PatchOutcome {
  plan: PlanRecord;
  /** What changed, one sentence each, for the plan's version history; empty when nothing did. */
  changes: string[];
}

/**
 * `plan` with `patch` applied, and what changed. `field` prefixes the fields
 * errors name (`patch`). The checkpoint defaults to a quarter after the start
 * once the plan has a start and no checkpoint.
 */
export function applyPlanPatch(plan: PlanRecord, patch: PlanPatch, field = 'patch'): PatchOutcome {
  const next: PlanRecord = structuredClone(plan);
  const changes: string[] = [];

  if (has(patch, 'type')) {
    const typeId = patch.type ?? null;
    if (typeId !== null && !PARTNERSHIP_TYPE_IDS.includes(typeId))
      throw badInput(
        `${field}.type`,
        `"${typeId}" is not a partnership type; the types are ${PARTNERSHIP_TYPE_IDS.join(', ')}`,
      );
    if (typeId !== plan.typeId) {
      next.typeId = typeId;
      next.checklist = checklistOf(typeId, plan.checklist);
      const kept = next.checklist.filter((box) => plan.checklist.some((old) => old.item === box.item)).length;
      changes.push(
        `type: ${typeName(plan.typeId)} → ${typeName(typeId)} (checklist of ${next.checklist.length} boxes${kept > 0 ? `, ${kept} kept as they were` : ''})`,
      );
    }
  }
  if (has(patch, 'startsOn')) {
    const startsOn = optionalDate(`${field}.startsOn`, patch.startsOn);
    if (startsOn !== plan.startsOn) changes.push(`starts on: ${plan.startsOn ?? 'not set'} → ${startsOn ?? 'not set'}`);
    next.startsOn = startsOn;
  }
  if (has(patch, 'checkpointOn')) {
    const checkpointOn = optionalDate(`${field}.checkpointOn`, patch.checkpointOn);
    if (checkpointOn !== plan.checkpointOn)
      changes.push(`checkpoint: ${plan.checkpointOn ?? 'not set'} → ${checkpointOn ?? 'not set'}`);
    next.checkpointOn = checkpointOn;
  }
  if (next.startsOn && next.checkpointOn && next.checkpointOn <= next.startsOn) {
    throw badInput(`${field}.checkpointOn`, `is ${next.checkpointOn}, not after the plan's start (${next.startsOn})`);
  }
  if (has(patch, 'goals')) {
    next.goals = checkedGoals(patch.goals ?? [], plan.goals, `${field}.goals`);
    changes.push(...goalChanges(plan.goals, next.goals));
  }
  (patch.alignment ?? []).forEach((answer, index) => {
    const path = `${field}.alignment[${index}]`;
    const entry = next.alignment.find((topic) => topic.topic === answer.topic);
    if (!entry) throw badInput(`${path}.topic`, `"${answer.topic}" is not an alignment topic`);
    const text = optionalText(`${path}.answer`, answer.answer, MAX_ANSWER);
    const key = answer.side === 'FOCAL' ? 'focalAnswer' : 'partnerAnswer';
    if (entry[key] === text) return;
    entry[key] = text;
    changes.push(
      `alignment, ${ALIGNMENT_QUESTIONS[answer.topic].label.toLowerCase()}: ${answer.side === 'FOCAL' ? 'our' : 'the partner’s'} answer ${text === null ? 'cleared' : 'written'}`,
    );
  });
  if (patch.terms) changes.push(...applyTerms(next.terms, patch.terms, `${field}.terms`));
  (patch.checklist ?? []).forEach((update, index) => {
    const path = `${field}.checklist[${index}]`;
    if (next.typeId === null)
      throw badInput(`${path}.item`, 'cannot be set: the plan has no type yet, so no checklist; set `type` first');
    const box = next.checklist.find((candidate) => candidate.item === update.item);
    if (!box) {
      throw badInput(
        `${path}.item`,
        `"${update.item}" is not a box of the ${typeName(next.typeId)} checklist; its boxes are ${next.checklist.map((b) => `"${b.item}"`).join(', ')}`,
      );
    }
    const said: string[] = [];
    if (has(update, 'state') && update.state != null && update.state !== box.state) {
      said.push(`${box.state} → ${update.state}`);
      box.state = update.state;
    }
    if (has(update, 'owner')) {
      const owner = optionalText(`${path}.owner`, update.owner, MAX_OWNER);
      if (owner !== box.owner) said.push(owner === null ? 'no owner' : `owner ${owner}`);
      box.owner = owner;
    }
    if (said.length > 0) changes.push(`checklist “${box.item}”: ${said.join(', ')}`);
  });
  if (next.startsOn && !next.checkpointOn) {
    next.checkpointOn = addDays(next.startsOn, DEFAULT_CHECKPOINT_DAYS);
    changes.push(`checkpoint: set to ${next.checkpointOn}, a quarter after the start`);
  }
  return { plan: next, changes };
}

function typeName(typeId: string | null): string {
  return partnershipType(typeId)?.name ?? 'none';
}

function checkedGoals(inputs: readonly GoalInput[], previous: readonly PlanGoal[], field: string): PlanGoal[] {
  if (inputs.length > MAX_GOALS) throw badInput(field, `lists ${inputs.length} goals; at most ${MAX_GOALS}`);
  const used = new Set<string>();
  let next = Math.max(0, ...previous.map((goal) => Number(/^g(\d+)$/.exec(goal.id)?.[1] ?? 0))) + 1;
  return inputs.map((input, index) => {
    const path = `${field}[${index}]`;
    let id = input.id?.trim() || null;
    if (id !== null && !previous.some((goal) => goal.id === id))
      throw badInput(`${path}.id`, `"${id}" is not a goal of this plan; leave the id out to add a goal`);
    if (id !== null && used.has(id)) throw badInput(`${path}.id`, `"${id}" is given twice`);
    id ??= `g${next++}`;
    used.add(id);
    const target = optionalNumber(`${path}.target`, input.target, 0, 1e12);
    if (target === null || target <= 0)
      throw badInput(`${path}.target`, `must be a number above 0, got ${input.target}`);
    if (input.metric !== 'WON_VALUE' && !Number.isInteger(target))
      throw badInput(
        `${path}.target`,
        `counts ${input.metric === 'REFERRALS' ? 'referrals' : input.metric === 'WON_DEALS' ? 'deals' : 'things'}: a whole number, got ${target}`,
      );
    const description =
      input.metric === 'OTHER'
        ? requiredText(`${path}.description`, input.description, MAX_DESCRIPTION)
        : optionalText(`${path}.description`, input.description, MAX_DESCRIPTION);
    return {
      id,
      side: input.side,
      metric: input.metric,
      target,
      months: wholeNumber(`${path}.months`, input.months, 1, MAX_MONTHS),
      description,
    };
  });
}

function describeGoal(goal: PlanGoal): string {
  const who = goal.side === 'FOCAL' ? 'we receive' : 'the partner receives';
  const what =
    goal.metric === 'REFERRALS'
      ? `${goal.target} referrals`
      : goal.metric === 'WON_DEALS'
        ? `${goal.target} won deals`
        : goal.metric === 'WON_VALUE'
          ? `${goal.target} in won deals`
          : goal.description!;
  return goal.metric === 'OTHER'
    ? `${goal.side === 'FOCAL' ? 'ours' : 'the partner’s'}: ${what} in ${goal.months} months`
    : `${who} ${what} in ${goal.months} months`;
}

function goalChanges(before: readonly PlanGoal[], after: readonly PlanGoal[]): string[] {
  const changes: string[] = [];
  for (const goal of after) {
    const was = before.find((old) => old.id === goal.id);
    if (!was) changes.push(`goal ${goal.id} added: ${describeGoal(goal)}`);
    else if (describeGoal(was) !== describeGoal(goal) || was.description !== goal.description)
      changes.push(`goal ${goal.id}: ${describeGoal(was)} → ${describeGoal(goal)}`);
  }
  for (const goal of before)
    if (!after.some((kept) => kept.id === goal.id)) changes.push(`goal ${goal.id} removed: ${describeGoal(goal)}`);
  return changes;
}

const TERM_LABELS: Record<keyof CommercialTerms, string> = {
  referralFeePercent: 'referral fee',
  markupPercent: 'mark-up',
  rulesOfEngagement: 'rules of engagement',
  otherTerms: 'other terms',
};

function applyTerms(terms: CommercialTerms, patch: NonNullable<PlanPatch['terms']>, field: string): string[] {
  const changes: string[] = [];
  const set = <K extends keyof CommercialTerms>(key: K, value: CommercialTerms[K]) => {
    if (terms[key] === value) return;
    const shown = (v: unknown) => (v === null ? 'none' : typeof v === 'number' ? `${v}%` : 'written');
    changes.push(
      `terms, ${TERM_LABELS[key]}: ${typeof value === 'string' || value === null ? (value === null ? 'cleared' : 'written') : `${shown(terms[key])} → ${shown(value)}`}`,
    );
    terms[key] = value;
  };
  if (has(patch, 'referralFeePercent'))
    set(
      'referralFeePercent',
      optionalNumber(`${field}.referralFeePercent`, patch.referralFeePercent as number | null, 0, 100),
    );
  if (has(patch, 'markupPercent'))
    set('markupPercent', optionalNumber(`${field}.markupPercent`, patch.markupPercent as number | null, 0, 1_000));
  if (has(patch, 'rulesOfEngagement'))
    set(
      'rulesOfEngagement',
      optionalText(`${field}.rulesOfEngagement`, patch.rulesOfEngagement as string | null, MAX_TERMS_TEXT),
    );
  if (has(patch, 'otherTerms'))
    set('otherTerms', optionalText(`${field}.otherTerms`, patch.otherTerms as string | null, MAX_TERMS_TEXT));
  return changes;
}
