/**
 * How the pipeline view reads: stage names and order, the board's columns,
 * goals and money in words. Pure, so test/unit/web-pipeline.test.ts checks it.
 */
import type { ChecklistState, GoalMetric, PipelineCard, PipelineStage, PlanGoalView } from './pipeline-types.ts';

/** The stages a candidate moves through, in order; declined and parked rest beside them. */
export const BOARD_STAGES: readonly PipelineStage[] = [
  'RESEARCHING',
  'CONTACTED',
  'IN_DISCUSSION',
  'PLAN_AGREED',
  'SIGNED',
];
export const RESTING_STAGES: readonly PipelineStage[] = ['PARKED', 'DECLINED'];

export const STAGE_NAMES: Record<PipelineStage, string> = {
  RESEARCHING: 'Researching',
  CONTACTED: 'Contacted',
  IN_DISCUSSION: 'In discussion',
  PLAN_AGREED: 'Plan agreed',
  SIGNED: 'Signed',
  DECLINED: 'Declined',
  PARKED: 'Parked',
};

/** What a strategist does at each stage: the column's hint. */
export const STAGE_HINTS: Record<PipelineStage, string> = {
  RESEARCHING: 'Is it worth a call?',
  CONTACTED: 'First contact made',
  IN_DISCUSSION: 'Talking terms and goals',
  PLAN_AGREED: 'Plan written, both agree',
  SIGNED: 'In the graph, tracked in the ledger',
  DECLINED: 'One side said no',
  PARKED: 'Set aside for now',
};

/** The next stage forward, or null from signed and the resting stages. */
export function nextStage(stage: PipelineStage): PipelineStage | null {
  const index = BOARD_STAGES.indexOf(stage);
  return index >= 0 && index < BOARD_STAGES.length - 1 ? BOARD_STAGES[index + 1]! : null;
}

/** The board: each stage's cards, dusty ones first, then by the next step's date. */
export function boardColumns(cards: readonly PipelineCard[]): Record<PipelineStage, PipelineCard[]> {
  const columns = Object.fromEntries(
    [...BOARD_STAGES, ...RESTING_STAGES].map((stage) => [stage, [] as PipelineCard[]]),
  ) as Record<PipelineStage, PipelineCard[]>;
  for (const card of cards) columns[card.stage].push(card);
  for (const list of Object.values(columns)) {
    list.sort(
      (a, b) =>
        Number(b.dust.length > 0) - Number(a.dust.length > 0) ||
        (a.nextStepDue ?? '9999').localeCompare(b.nextStepDue ?? '9999') ||
        nameOf(a).localeCompare(nameOf(b)),
    );
  }
  return columns;
}

export function nameOf(card: Pick<PipelineCard, 'candidate' | 'candidateId'>): string {
  return card.candidate?.name ?? card.candidateId;
}

/** The board's headline: what is in play, gathering dust, and signed. */
export function boardSummary(cards: readonly PipelineCard[]): string {
  const inPlay = cards.filter((card) => BOARD_STAGES.includes(card.stage) && card.stage !== 'SIGNED').length;
  const dusty = cards.filter((card) => card.dust.length > 0).length;
  const signed = cards.filter((card) => card.stage === 'SIGNED').length;
  return [`${inPlay} in play`, `${signed} signed`, ...(dusty > 0 ? [`${dusty} gathering dust`] : [])].join(' · ');
}

/** Pinned candidates not yet in the pipeline, each once (a candidate may be pinned on several shortlists). */
export function unstartedPins(
  shortlists: readonly {
    id: string;
    name: string;
    entries: readonly { candidateId: string; inGraph: boolean; candidate: { name: string } | null }[];
  }[],
  cards: readonly Pick<PipelineCard, 'candidateId'>[],
): { shortlistId: string; shortlistName: string; candidateId: string; name: string }[] {
  const started = new Set(cards.map((card) => card.candidateId));
  const seen = new Set<string>();
  const pins = [];
  for (const list of shortlists) {
    for (const entry of list.entries) {
      if (!entry.inGraph || started.has(entry.candidateId) || seen.has(entry.candidateId)) continue;
      seen.add(entry.candidateId);
      pins.push({
        shortlistId: list.id,
        shortlistName: list.name,
        candidateId: entry.candidateId,
        name: entry.candidate?.name ?? entry.candidateId,
      });
    }
  }
  return pins;
}

const METRIC_UNITS: Record<GoalMetric, string> = {
  REFERRALS: 'referrals',
  WON_DEALS: 'won deals',
  WON_VALUE: 'in won deals',
  OTHER: '',
};

/** "10 referrals in 6 months", "€100,000 in won deals in 12 months", or the description of an OTHER goal. */
export function goalWords(goal: Pick<PlanGoalView, 'metric' | 'target' | 'months' | 'description'>): string {
  if (goal.metric === 'OTHER') return `${goal.description ?? 'Other'} in ${goal.months} months`;
  const amount = goal.metric === 'WON_VALUE' ? formatMoney(goal.target, null) : String(goal.target);
  return `${amount} ${METRIC_UNITS[goal.metric]} in ${goal.months} months`;
}

/** A goal's progress bar: the share done, and where the checkpoint's due share sits, each in [0, 1]. */
export function goalBar(goal: Pick<PlanGoalView, 'actual' | 'target' | 'expectedAtCheckpoint'>): {
  done: number;
  due: number | null;
} {
  const clamp = (value: number) => Math.max(0, Math.min(1, value));
  return {
    done: clamp((goal.actual ?? 0) / goal.target),
    due: goal.expectedAtCheckpoint === null ? null : clamp(goal.expectedAtCheckpoint / goal.target),
  };
}

const MONEY = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 12500 EUR → "€12,500"; without a known currency, the number with separators. */
export function formatMoney(value: number | null | undefined, currency: string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
    } catch {
      return `${MONEY.format(value)} ${currency}`;
    }
  }
  return MONEY.format(value);
}

export const CHECKLIST_STATE_NAMES: Record<ChecklistState, string> = {
  TODO: 'To do',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  NOT_NEEDED: 'Not needed',
};

/** Today as YYYY-MM-DD in UTC, as the API dates things. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
