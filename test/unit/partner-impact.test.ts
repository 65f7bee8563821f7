import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween } from '../../api/analysis/calendar-days.ts';
import { dustFlags } from '../../api/analysis/gathering-dust.ts';
import { partnerImpact, type LedgerFact } from '../../api/analysis/partner-impact.ts';
import { balanceSentence, healthFlags } from '../../api/analysis/partnership-health.ts';
import { goalProgress, type PlanGoal } from '../../api/analysis/plan-progress.ts';
import { seededRandom } from '../../api/contract/seeded-random.ts';

/**
 * Partner impact, plan progress and gathering dust: the worked example of
 * docs/analyses.md ("Partner impact and health") to the digit, and a thousand
 * random ledgers checked against a second computation written here, row by
 * row, in a different way (one pass of counters, sorted arrays for medians).
 */
const fact = (
  direction: LedgerFact['direction'],
  outcome: LedgerFact['outcome'],
  referredOn: string,
  closedOn: string | null,
  value: number | null,
  partnerId: string | null = 'kudoswell',
): LedgerFact => ({
  partnerId: direction === null ? null : partnerId,
  direction,
  outcome,
  value,
  referredOn,
  closedOn,
});

/** docs/analyses.md's Shopwell × Kudoswell ledger. */
const WITH_KUDOSWELL: LedgerFact[] = [
  fact('FROM_PARTNER', 'WON', '2026-01-05', '2026-02-04', 12_000),
  fact('FROM_PARTNER', 'WON', '2026-01-12', '2026-03-03', 8_000),
  fact('FROM_PARTNER', 'LOST', '2026-02-02', '2026-02-20', 9_000),
  fact('FROM_PARTNER', 'WON', '2026-02-15', '2026-03-17', null),
  fact('FROM_PARTNER', 'OPEN', '2026-03-01', null, 15_000),
  fact('TO_PARTNER', 'WON', '2026-01-20', '2026-02-19', 5_000),
  fact('TO_PARTNER', 'OPEN', '2026-02-10', null, null),
];
/** Shopwell's own closed deals, without a partner: 3 won of 10. */
const OWN: LedgerFact[] = [
  ...[6_000, 7_000, 8_000].map((value, index) => fact(null, 'WON', `2026-01-0${index + 1}`, '2026-02-01', value)),
  ...Array.from({ length: 7 }, (_, index) => fact(null, 'LOST', `2026-01-1${index}`, '2026-02-15', 4_000)),
];

describe('partner impact: the worked example of docs/analyses.md', () => {
  const impact = partnerImpact(WITH_KUDOSWELL, OWN);

  it('counts each direction: referrals, outcomes, win rate, value, time to close', () => {
    expect(impact.fromPartner).toEqual({
      referrals: 5,
      open: 1,
      won: 3,
      lost: 1,
      winRate: 0.75,
      wonValue: 20_000,
      averageWonValue: 10_000,
      medianDaysToClose: 30,
      closedWithDates: 3,
    });
    expect(impact.toPartner).toEqual({
      referrals: 2,
      open: 1,
      won: 1,
      lost: 0,
      winRate: 1,
      wonValue: 5_000,
      averageWonValue: 5_000,
      medianDaysToClose: 30,
      closedWithDates: 1,
    });
    expect(impact.both).toMatchObject({
      referrals: 7,
      won: 4,
      lost: 1,
      winRate: 0.8,
      wonValue: 25_000,
      medianDaysToClose: 30,
    });
    expect(impact.both.averageWonValue).toBeCloseTo(8_333.333, 3);
  });

  it('weighs the balance between the sides, in referrals and in won value', () => {
    expect(impact.balance).toBeCloseTo(3 / 7, 12);
    expect(impact.valueBalance).toBeCloseTo(0.6, 12);
    expect(balanceSentence(impact, 'Shopwell', 'Kudoswell')).toBe(
      'Kudoswell gives more: Kudoswell brought Shopwell 5 referrals, Shopwell brought Kudoswell 2 referrals.',
    );
  });

  it('measures the lift against the focal company’s own deals', () => {
    expect(impact.lift).toEqual({
      closedWith: 4,
      closedWithout: 10,
      winRateWith: 0.75,
      winRateWithout: 0.3,
      winRatePoints: expect.closeTo(0.45, 12),
      winRateLift: expect.closeTo(1.5, 12),
      dealSizeWith: 10_000,
      dealSizeWithout: 7_000,
      dealSizeLift: expect.closeTo(3 / 7, 12),
    });
  });

  it('has no lift without closed deals on both sides, and no balance without referrals', () => {
    expect(partnerImpact(WITH_KUDOSWELL, []).lift).toBeNull();
    expect(partnerImpact([fact('FROM_PARTNER', 'OPEN', '2026-01-01', null, 1)], OWN).lift).toBeNull();
    const none = partnerImpact([], OWN);
    expect(none.balance).toBeNull();
    expect(none.fromPartner.winRate).toBeNull();
    expect(balanceSentence(none, 'Shopwell', 'Kudoswell')).toBe(
      'No referrals yet either way between Shopwell and Kudoswell.',
    );
    // Nothing won without a partner: a win rate of 0 gives no ratio, but the points still say something.
    const lost = OWN.filter((entry) => entry.outcome === 'LOST');
    expect(partnerImpact(WITH_KUDOSWELL, lost).lift).toMatchObject({
      winRateWithout: 0,
      winRatePoints: 0.75,
      winRateLift: null,
      dealSizeWithout: null,
      dealSizeLift: null,
    });
  });
});

describe('plan progress and dust: the worked example of docs/analyses.md', () => {
  const window = { startsOn: '2026-01-01', checkpointOn: '2026-04-01' };
  const goal = (
    id: string,
    side: PlanGoal['side'],
    metric: PlanGoal['metric'],
    target: number,
    months: number,
  ): PlanGoal => ({ id, side, metric, target, months, description: null });
  const goals = [
    goal('g1', 'FOCAL', 'REFERRALS', 20, 12),
    goal('g2', 'PARTNER', 'REFERRALS', 10, 6),
    goal('g3', 'FOCAL', 'WON_VALUE', 100_000, 12),
  ];
  const today = '2026-04-20';
  const progress = goals.map((g) => goalProgress(g, window, WITH_KUDOSWELL, today));

  it('compares each goal with its pro-rata share at the checkpoint', () => {
    expect(
      progress.map((p) => [p.goal.id, p.endsOn, p.actual, Number(p.expectedAtCheckpoint!.toFixed(3)), p.behind]),
    ).toEqual([
      ['g1', '2027-01-01', 5, 4.932, false],
      ['g2', '2026-07-01', 2, 4.972, true],
      ['g3', '2027-01-01', 20_000, 24_657.534, true],
    ]);
    expect(progress[1]!.share).toBeCloseTo(0.2, 12);
  });

  it('is not behind before the checkpoint, nor measured before the start', () => {
    expect(goalProgress(goals[1]!, window, WITH_KUDOSWELL, '2026-03-31').behind).toBe(false);
    expect(goalProgress(goals[1]!, { startsOn: null, checkpointOn: null }, WITH_KUDOSWELL, today)).toMatchObject({
      actual: null,
      behind: false,
    });
    expect(
      goalProgress({ ...goals[0]!, metric: 'OTHER', description: 'joint webinar' }, window, WITH_KUDOSWELL, today),
    ).toMatchObject({ actual: null, expectedAtCheckpoint: null, behind: false });
  });

  it('flags the partnership quiet after 30 days and behind its plan, once per key', () => {
    const flags = dustFlags(
      { stage: 'SIGNED', lastActivityOn: '2026-03-17', checkpointOn: window.checkpointOn, goals: progress },
      today,
      30,
    );
    expect(flags.map((flag) => [flag.reason, flag.since, flag.days, flag.key])).toEqual([
      ['QUIET', '2026-03-17', 34, 'quiet:2026-03-17'],
      ['BEHIND_PLAN', '2026-04-01', 19, 'behind:2026-04-01:g2,g3'],
    ]);
    expect(
      dustFlags({ stage: 'SIGNED', lastActivityOn: '2026-03-22', checkpointOn: null, goals: [] }, today, 30),
    ).toEqual([]);
    expect(
      dustFlags(
        { stage: 'PARKED', lastActivityOn: '2025-01-01', checkpointOn: window.checkpointOn, goals: progress },
        today,
        30,
      ),
    ).toEqual([]);
    const health = healthFlags({
      focalName: 'Shopwell',
      partnerName: 'Kudoswell',
      figures: partnerImpact(WITH_KUDOSWELL, OWN),
      signed: true,
      goals: progress,
      dust: flags,
    });
    expect(health.map((flag) => flag.kind)).toEqual(['QUIET', 'BEHIND_PLAN']);
    expect(health[1]!.sentence).toBe(
      'Behind the plan at its checkpoint of 2026-04-01: the partner received 2 referrals of 5.0 due by the checkpoint (10 in 6 months); we received 20000 in won deals of 24657.5 due by the checkpoint (100000 in 12 months).',
    );
  });

  it('says one-sided from 4 referrals at 3 to 1, and signed without a plan', () => {
    const oneSided = [
      ...Array.from({ length: 3 }, () => fact('FROM_PARTNER', 'OPEN', '2026-01-01', null, null)),
      fact('TO_PARTNER', 'OPEN', '2026-01-01', null, null),
    ];
    const flags = healthFlags({
      focalName: 'A',
      partnerName: 'B',
      figures: partnerImpact(oneSided, []),
      signed: true,
      goals: null,
      dust: [],
    });
    expect(flags).toEqual([
      { kind: 'ONE_SIDED', sentence: 'One-sided: B gives more: B brought A 3 referrals, A brought B 1 referral.' },
      { kind: 'NO_PLAN', sentence: 'Signed without a written plan: no goals, terms or checklist.' },
    ]);
    expect(
      healthFlags({
        focalName: 'A',
        partnerName: 'B',
        figures: partnerImpact(oneSided.slice(1), []),
        signed: false,
        goals: null,
        dust: [],
      }),
    ).toEqual([]);
  });
});

/** The same figures, computed another way: one pass of counters per flow, medians by sorting copies. */
function reference(entries: LedgerFact[], own: LedgerFact[]) {
  const flow = (rows: LedgerFact[]) => {
    let won = 0;
    let lost = 0;
    let open = 0;
    let value = 0;
    let valued = 0;
    const days: number[] = [];
    for (const row of rows) {
      if (row.outcome === 'OPEN') open++;
      if (row.outcome === 'LOST') lost++;
      if (row.outcome !== 'WON') continue;
      won++;
      if (row.value !== null) {
        value += row.value;
        valued++;
      }
      if (row.referredOn && row.closedOn)
        days.push((Date.parse(row.closedOn) - Date.parse(row.referredOn)) / 86_400_000);
    }
    days.sort((a, b) => a - b);
    const median =
      days.length === 0
        ? null
        : days.length % 2
          ? days[(days.length - 1) / 2]!
          : (days[days.length / 2 - 1]! + days[days.length / 2]!) / 2;
    return {
      referrals: rows.length,
      open,
      won,
      lost,
      winRate: won + lost ? won / (won + lost) : null,
      wonValue: value,
      averageWonValue: valued ? value / valued : null,
      medianDaysToClose: median,
      closedWithDates: days.length,
    };
  };
  const from = flow(entries.filter((row) => row.direction === 'FROM_PARTNER'));
  const to = flow(entries.filter((row) => row.direction === 'TO_PARTNER'));
  const base = flow(own);
  const lift =
    from.winRate === null || base.winRate === null
      ? null
      : {
          winRateWith: from.winRate,
          winRateWithout: base.winRate,
          winRateLift: base.winRate === 0 ? null : from.winRate / base.winRate - 1,
          dealSizeLift:
            from.averageWonValue === null || !base.averageWonValue
              ? null
              : from.averageWonValue / base.averageWonValue - 1,
        };
  return {
    from,
    to,
    balance: from.referrals + to.referrals ? (from.referrals - to.referrals) / (from.referrals + to.referrals) : null,
    lift,
  };
}

function randomLedger(random: () => number, size: number, partner: boolean): LedgerFact[] {
  return Array.from({ length: size }, () => {
    const referred = `2025-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const roll = random();
    const outcome: LedgerFact['outcome'] = roll < 0.3 ? 'OPEN' : roll < 0.65 ? 'WON' : 'LOST';
    const closed =
      outcome === 'OPEN' || random() < 0.1
        ? null
        : new Date(Date.parse(referred) + Math.floor(random() * 200) * 86_400_000).toISOString().slice(0, 10);
    const direction = partner ? (random() < 0.6 ? 'FROM_PARTNER' : 'TO_PARTNER') : null;
    return fact(direction, outcome, referred, closed, random() < 0.15 ? null : Math.round(random() * 50_000));
  });
}

describe('partner impact against an independent computation', () => {
  it('agrees on a thousand random ledgers', () => {
    const random = seededRandom(20260425);
    for (let round = 0; round < 1_000; round++) {
      const entries = randomLedger(random, Math.floor(random() * 25), true);
      const own = randomLedger(random, Math.floor(random() * 25), false);
      const impact = partnerImpact(entries, own);
      const expected = reference(entries, own);
      expect(impact.fromPartner).toEqual(expected.from);
      expect(impact.toPartner).toEqual(expected.to);
      expect(impact.balance).toEqual(expected.balance);
      if (expected.lift === null) expect(impact.lift).toBeNull();
      else expect(impact.lift).toMatchObject(expected.lift);
    }
  });

  it('agrees on goals: a count of the entries in the time frame, against target × elapsed share', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 500; round++) {
      const entries = randomLedger(random, 30, true);
      const months = 1 + Math.floor(random() * 12);
      const goal: PlanGoal = {
        id: 'g1',
        side: random() < 0.5 ? 'FOCAL' : 'PARTNER',
        metric: (['REFERRALS', 'WON_DEALS', 'WON_VALUE'] as const)[Math.floor(random() * 3)]!,
        target: 1 + Math.floor(random() * 20),
        months,
        description: null,
      };
      const window = { startsOn: '2025-03-01', checkpointOn: `2025-0${4 + Math.floor(random() * 5)}-15` };
      const today = '2025-12-31';
      const ends = addMonths('2025-03-01', months);
      const direction = goal.side === 'FOCAL' ? 'FROM_PARTNER' : 'TO_PARTNER';
      let actual = 0;
      for (const row of entries) {
        if (row.direction !== direction) continue;
        const day =
          goal.metric === 'REFERRALS'
            ? row.referredOn
            : row.outcome === 'WON'
              ? (row.closedOn ?? row.referredOn)
              : null;
        if (day === null || day < '2025-03-01' || day >= ends || day > today) continue;
        actual += goal.metric === 'WON_VALUE' ? (row.value ?? 0) : 1;
      }
      const expected =
        goal.target * Math.min(1, daysBetween('2025-03-01', window.checkpointOn) / daysBetween('2025-03-01', ends));
      const progress = goalProgress(goal, window, entries, today);
      expect(progress.actual).toBe(actual);
      expect(progress.expectedAtCheckpoint).toBeCloseTo(expected, 9);
      expect(progress.behind).toBe(actual < expected);
    }
  });
});
