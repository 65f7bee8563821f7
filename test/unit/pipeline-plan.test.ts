import { describe, expect, it } from 'vitest';
import { moveProblem } from '../../api/domain/pipeline-stages.ts';
import { emptyPlan } from '../../api/pipeline/plan-model.ts';
import { applyPlanPatch } from '../../api/pipeline/plan-patch.ts';
import { checkedEntry, type LedgerEntryRecord } from '../../api/ledger/ledger-entry.ts';
import { addMonths } from '../../api/analysis/calendar-days.ts';

/** The plan's patch, the stage rules and the ledger entry checks: pure, so every rule and message is checked here. */
const blank = emptyPlan('item-1', '2026-01-01T00:00:00.000Z', 'ana');

function refusal(run: () => unknown): { message: string; argument: unknown } {
  try {
    run();
  } catch (error) {
    const e = error as { message: string; extensions: { code: string; argument: unknown } };
    expect(e.extensions.code).toBe('BAD_USER_INPUT');
    return { message: e.message, argument: e.extensions.argument };
  }
  throw new Error('not refused');
}

describe('applyPlanPatch', () => {
  it('writes each part given, says what changed, and leaves the rest', () => {
    const { plan, changes } = applyPlanPatch(blank, {
      type: 'co_selling',
      startsOn: '2026-02-01',
      goals: [
        { side: 'FOCAL', metric: 'REFERRALS', target: 10, months: 6 },
        { side: 'PARTNER', metric: 'WON_DEALS', target: 100, months: 12 },
      ],
      alignment: [{ topic: 'VISION_STRATEGY', side: 'PARTNER', answer: '  Move up-market in 2027  ' }],
      terms: { referralFeePercent: 10, rulesOfEngagement: 'Deal registration wins.' },
      checklist: [{ item: 'Sales training', state: 'DONE', owner: 'Ana' }],
    });
    expect(plan.typeId).toBe('co_selling');
    expect(plan.checklist.map((box) => [box.item, box.state, box.owner])).toEqual([
      ['Sales training', 'DONE', 'Ana'],
      ['Account mapping', 'TODO', null],
      ['Pipeline visibility (deal registration)', 'TODO', null],
      ['Joint collateral', 'TODO', null],
    ]);
    expect(plan.goals.map((goal) => goal.id)).toEqual(['g1', 'g2']);
    expect(plan.alignment.find((a) => a.topic === 'VISION_STRATEGY')).toMatchObject({
      focalAnswer: null,
      partnerAnswer: 'Move up-market in 2027',
    });
    expect(plan.checkpointOn).toBe('2026-05-02');
    expect(changes).toEqual([
      'type: none → Co-selling (checklist of 4 boxes)',
      'starts on: not set → 2026-02-01',
      'goal g1 added: we receive 10 referrals in 6 months',
      'goal g2 added: the partner receives 100 won deals in 12 months',
      'alignment, vision and strategy: the partner’s answer written',
      'terms, referral fee: none → 10%',
      'terms, rules of engagement: written',
      'checklist “Sales training”: TODO → DONE, owner Ana',
      'checkpoint: set to 2026-05-02, a quarter after the start',
    ]);
  });

  it('keeps goals by id, numbers new ones after the last, and keeps shared boxes when the type changes', () => {
    const first = applyPlanPatch(blank, {
      type: 'co_selling',
      goals: [{ side: 'FOCAL', metric: 'REFERRALS', target: 10, months: 6 }],
      checklist: [{ item: 'Joint collateral', state: 'DONE' }],
    }).plan;
    const { plan, changes } = applyPlanPatch(first, {
      type: 'reseller',
      goals: [
        { id: 'g1', side: 'FOCAL', metric: 'REFERRALS', target: 12, months: 6 },
        { side: 'PARTNER', metric: 'WON_VALUE', target: 50_000.5, months: 12 },
      ],
    });
    expect(plan.goals.map((goal) => [goal.id, goal.target])).toEqual([
      ['g1', 12],
      ['g2', 50_000.5],
    ]);
    expect(plan.checklist.find((box) => box.item === 'Joint collateral')?.state).toBe('DONE');
    expect(changes).toContain('type: Co-selling → Reseller (checklist of 7 boxes, 3 kept as they were)');
    expect(changes).toContain('goal g1: we receive 10 referrals in 6 months → we receive 12 referrals in 6 months');
    // The same patch again changes nothing.
    expect(applyPlanPatch(plan, { type: 'reseller', goals: plan.goals }).changes).toEqual([]);
  });

  it('refuses bad parts naming the field', () => {
    expect(refusal(() => applyPlanPatch(blank, { type: 'joint_venture' }))).toMatchObject({ argument: 'patch.type' });
    expect(
      refusal(() => applyPlanPatch(blank, { goals: [{ side: 'FOCAL', metric: 'REFERRALS', target: 2.5, months: 6 }] })),
    ).toEqual({
      message: 'Argument "patch.goals[0].target" counts referrals: a whole number, got 2.5',
      argument: 'patch.goals[0].target',
    });
    expect(
      refusal(() => applyPlanPatch(blank, { goals: [{ side: 'FOCAL', metric: 'REFERRALS', target: 2, months: 61 }] }))
        .argument,
    ).toBe('patch.goals[0].months');
    expect(
      refusal(() =>
        applyPlanPatch(blank, { goals: [{ id: 'g9', side: 'FOCAL', metric: 'REFERRALS', target: 2, months: 6 }] }),
      ).argument,
    ).toBe('patch.goals[0].id');
    expect(
      refusal(() => applyPlanPatch(blank, { goals: [{ side: 'FOCAL', metric: 'OTHER', target: 1, months: 6 }] }))
        .argument,
    ).toBe('patch.goals[0].description');
    expect(
      refusal(() => applyPlanPatch(blank, { checklist: [{ item: 'Sales training', state: 'DONE' }] })).message,
    ).toBe(
      'Argument "patch.checklist[0].item" cannot be set: the plan has no type yet, so no checklist; set `type` first',
    );
    expect(
      refusal(() => applyPlanPatch(blank, { type: 'referral', checklist: [{ item: 'Sales training', state: 'DONE' }] }))
        .message,
    ).toBe(
      'Argument "patch.checklist[0].item" "Sales training" is not a box of the Referral checklist; its boxes are "Lead tracking (referral links or codes)", "Referral fee payout"',
    );
    expect(refusal(() => applyPlanPatch(blank, { startsOn: '2026-03-01', checkpointOn: '2026-02-01' })).argument).toBe(
      'patch.checkpointOn',
    );
    expect(refusal(() => applyPlanPatch(blank, { startsOn: '2026-02-30' })).argument).toBe('patch.startsOn');
    expect(refusal(() => applyPlanPatch(blank, { terms: { referralFeePercent: 120 } })).argument).toBe(
      'patch.terms.referralFeePercent',
    );
    expect(
      refusal(() =>
        applyPlanPatch(blank, {
          alignment: [{ topic: 'URGENCY_READINESS', side: 'FOCAL', answer: 'x'.repeat(4_001) }],
        }),
      ).argument,
    ).toBe('patch.alignment[0].answer');
  });
});

describe('stage moves', () => {
  it('lets talks go anywhere before signing, and nothing leave SIGNED', () => {
    expect(moveProblem('RESEARCHING', 'PLAN_AGREED', false)).toBeUndefined();
    expect(moveProblem('DECLINED', 'CONTACTED', false)).toBeUndefined();
    expect(moveProblem('IN_DISCUSSION', 'SIGNED', false)).toMatch(/^SIGNED needs `signing`/);
    expect(moveProblem('IN_DISCUSSION', 'SIGNED', true)).toBeUndefined();
    expect(moveProblem('SIGNED', 'PARKED', false)).toMatch(/^cannot leave SIGNED/);
    expect(moveProblem('CONTACTED', 'PARKED', true)).toBe('is PARKED, and `signing` is only for a move to SIGNED');
  });
});

describe('ledger entries', () => {
  const base: LedgerEntryRecord = {
    id: 'e1',
    focalId: 'a',
    partnerId: 'b',
    direction: 'FROM_PARTNER',
    kind: 'DEAL',
    name: null,
    account: null,
    outcome: 'OPEN',
    value: null,
    currency: null,
    referredOn: '2026-01-10',
    closedOn: null,
    note: null,
    source: 'api',
    externalId: null,
    updatedAt: 'now',
    updatedBy: 'ana',
  };
  const check = (fields: Parameters<typeof checkedEntry>[1], entry = base) =>
    checkedEntry(entry, fields, 'input', '2026-04-01', '2026-04-02');

  it('closes today when won or lost without a date, reopens without one, and upper-cases the currency', () => {
    expect(check({ outcome: 'WON', value: 5_000, currency: 'eur' })).toMatchObject({
      outcome: 'WON',
      closedOn: '2026-04-01',
      value: 5_000,
      currency: 'EUR',
    });
    expect(check({ outcome: 'OPEN' }, { ...base, outcome: 'WON', closedOn: '2026-02-01' })).toMatchObject({
      outcome: 'OPEN',
      closedOn: null,
    });
  });

  it('refuses what makes no sense, naming the field', () => {
    expect(refusal(() => check({ direction: null })).argument).toBe('input.direction');
    expect(
      refusal(() => check({ direction: 'TO_PARTNER' }, { ...base, partnerId: null, direction: null })).argument,
    ).toBe('input.direction');
    expect(refusal(() => check({ closedOn: '2026-02-01' })).message).toBe(
      'Argument "input.closedOn" is for a WON or LOST entry; this one is OPEN',
    );
    expect(refusal(() => check({ outcome: 'LOST', closedOn: '2026-01-01' })).message).toBe(
      'Argument "input.closedOn" is 2026-01-01, before the referral (2026-01-10)',
    );
    expect(refusal(() => check({ referredOn: addMonths('2026-04-01', 1) })).argument).toBe('input.referredOn');
    expect(refusal(() => check({ value: -1 })).argument).toBe('input.value');
    expect(refusal(() => check({ currency: 'euro' })).argument).toBe('input.currency');
  });
});
