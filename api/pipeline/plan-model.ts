import type { PlanGoal } from '../analysis/plan-progress.ts';
import { PARTNERSHIP_TYPES, type PartnershipTypeDefinition } from '../domain/partnership-types.ts';

/**
 * The partnership plan, one per pipeline item: what practitioners write down
 * before signing, so that a partnership is not signed on a handshake. Goals for
 * each side in numbers with a time frame; the alignment questions, answered by
 * each side; the commercial terms; and the go-to-market checklist of the
 * chosen type, each box with an owner and a state. Pure.
 */
export const ALIGNMENT_TOPICS = [
  'BACKGROUND_CULTURE',
  'VISION_STRATEGY',
  'SUCCESS_METRICS',
  'URGENCY_READINESS',
] as const;
export type AlignmentTopic = (typeof ALIGNMENT_TOPICS)[number];

/** The question each topic asks both sides. */
export const ALIGNMENT_QUESTIONS: Record<AlignmentTopic, { label: string; question: string }> = {
  BACKGROUND_CULTURE: {
    label: 'Background and culture',
    question: 'Who are you, how do your teams work, and will ours work well together?',
  },
  VISION_STRATEGY: {
    label: 'Vision and strategy',
    question: 'Where is your company going in the next two years, and how does this partnership serve that?',
  },
  SUCCESS_METRICS: {
    label: 'Success metrics',
    question: 'What does success look like for you, in numbers, and by when?',
  },
  URGENCY_READINESS: {
    label: 'Urgency and readiness',
    question: 'Why now, and which people and budget are ready to commit?',
  },
};

export type ChecklistState = 'TODO' | 'IN_PROGRESS' | 'DONE' | 'NOT_NEEDED';

export interface ChecklistBox {
  item: string;
  owner: string | null;
  state: ChecklistState;
}

export interface AlignmentAnswers {
  topic: AlignmentTopic;
  focalAnswer: string | null;
  partnerAnswer: string | null;
}

export interface CommercialTerms {
  /** Paid on a referred deal, as a share of its value, in percent. */
  referralFeePercent: number | null;
  /** A reseller's mark-up on list price, in percent. */
  markupPercent: number | null;
  /** Who owns an account both touch, how leads are registered and passed, conflicts settled. */
  rulesOfEngagement: string | null;
  otherTerms: string | null;
}

export interface PlanRecord {
  itemId: string;
  version: number;
  /** The chosen partnership type (a catalogue id); null until chosen. */
  typeId: string | null;
  startsOn: string | null;
  checkpointOn: string | null;
  goals: PlanGoal[];
  alignment: AlignmentAnswers[];
  terms: CommercialTerms;
  checklist: ChecklistBox[];
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

/** A checkpoint a quarter after the start, when the plan names none: every plan is looked at once. */
export const DEFAULT_CHECKPOINT_DAYS = 90;

export const EMPTY_TERMS: CommercialTerms = {
  referralFeePercent: null,
  markupPercent: null,
  rulesOfEngagement: null,
  otherTerms: null,
};

export function emptyPlan(itemId: string, now: string, actor: string): PlanRecord {
  return {
    itemId,
    version: 0,
    typeId: null,
    startsOn: null,
    checkpointOn: null,
    goals: [],
    alignment: ALIGNMENT_TOPICS.map((topic) => ({ topic, focalAnswer: null, partnerAnswer: null })),
    terms: { ...EMPTY_TERMS },
    checklist: [],
    createdAt: now,
    updatedAt: now,
    updatedBy: actor,
  };
}

export function partnershipType(typeId: string | null): PartnershipTypeDefinition | undefined {
  return typeId === null ? undefined : PARTNERSHIP_TYPES.find((type) => type.id === typeId);
}

/**
 * The checklist of `typeId`: its catalogue boxes, in the catalogue's order,
 * each keeping the owner and state it had in `previous` (a box both types
 * share, such as "Joint collateral", is not ticked twice).
 */
export function checklistOf(typeId: string | null, previous: readonly ChecklistBox[]): ChecklistBox[] {
  const type = partnershipType(typeId);
  if (!type) return [];
  return type.gtmChecklist.map(
    (item) => previous.find((box) => box.item === item) ?? { item, owner: null, state: 'TODO' as const },
  );
}

/** Boxes done over boxes needed (NOT_NEEDED left out); null when none is needed. */
export function checklistProgress(checklist: readonly ChecklistBox[]): {
  done: number;
  needed: number;
  share: number | null;
} {
  const needed = checklist.filter((box) => box.state !== 'NOT_NEEDED').length;
  const done = checklist.filter((box) => box.state === 'DONE').length;
  return { done, needed, share: needed === 0 ? null : done / needed };
}
