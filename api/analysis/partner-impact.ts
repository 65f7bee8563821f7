import { daysBetween } from './calendar-days.ts';

/**
 * Partner impact (docs/analyses.md, "Partner impact and health"): what a
 * partnership's ledger says, from the focal company's side. Pure: the
 * entries are passed in, nothing is read.
 *
 * A ledger entry is a lead or a deal one side brought the other:
 * FROM_PARTNER, the partner brought it to the focal company (a deal the
 * focal company works); TO_PARTNER, the focal company brought it to the
 * partner. An entry without a partner is one of the focal company's own deals,
 * the baseline the lift is measured against.
 */
export type ReferralDirection = 'FROM_PARTNER' | 'TO_PARTNER';
export type LedgerOutcome = 'OPEN' | 'WON' | 'LOST';
/** A lead (an introduction) or a deal; the impact counts both alike, by direction and outcome. */
export type LedgerKind = 'LEAD' | 'DEAL';

export interface LedgerFact {
  partnerId: string | null;
  /** Null for a deal without a partner. */
  direction: ReferralDirection | null;
  outcome: LedgerOutcome;
  /** The deal's value; null when unknown (counted as 0 in sums, left out of averages). */
  value: number | null;
  /** When the lead was passed (or the deal opened), YYYY-MM-DD. */
  referredOn: string | null;
  /** When it was won or lost, YYYY-MM-DD. */
  closedOn: string | null;
}

/** The figures of one flow of entries (one direction, or all of them). */
interface FlowFigures {
  /** Entries, leads and deals alike. */
  referrals: number;
  open: number;
  won: number;
  lost: number;
  /** won / (won + lost); null when none is closed. */
  winRate: number | null;
  /** The sum of the won entries' values (an unknown value adds 0). */
  wonValue: number;
  /** The mean value of the won entries whose value is known; null when none is. */
  averageWonValue: number | null;
  /** The median of closedOn − referredOn, in days, over won entries with both dates; null when none has. */
  medianDaysToClose: number | null;
  /** How many won entries the median is over. */
  closedWithDates: number;
}

/**
 * Working with the partner against working without one: the focal company's
 * entries the partner brought (FROM_PARTNER) against its entries without any
 * partner. Present only when both have at least one closed (won or lost) entry.
 */
interface PartnerLift {
  closedWith: number;
  closedWithout: number;
  winRateWith: number;
  winRateWithout: number;
  /** winRateWith − winRateWithout: the lift in percentage points (as a fraction, 0.2 = 20 points). */
  winRatePoints: number;
  /** winRateWith / winRateWithout − 1; null when nothing without a partner was won (no ratio to take). */
  winRateLift: number | null;
  /** Mean won value with the partner and without; null when no won entry of that side has a value. */
  dealSizeWith: number | null;
  dealSizeWithout: number | null;
  /** dealSizeWith / dealSizeWithout − 1; null when either is missing or the baseline is 0. */
  dealSizeLift: number | null;
}

export interface PartnerImpactFigures {
  /** What the partner brought the focal company. */
  fromPartner: FlowFigures;
  /** What the focal company brought the partner. */
  toPartner: FlowFigures;
  /** Both directions together. */
  both: FlowFigures;
  /**
   * (from − to) / (from + to) over referrals, in [−1, 1]: 0 is even, +1 means
   * only the partner gives, −1 only the focal company; null with no referrals.
   */
  balance: number | null;
  /** The same over won value; null when neither side won any value. */
  valueBalance: number | null;
  lift: PartnerLift | null;
}

/**
 * The impact of one partnership: `entries` are the focal company's entries
 * with this partner, `ownDeals` its entries without any partner (the baseline).
 */
export function partnerImpact(entries: readonly LedgerFact[], ownDeals: readonly LedgerFact[]): PartnerImpactFigures {
  const from = entries.filter((entry) => entry.direction === 'FROM_PARTNER');
  const to = entries.filter((entry) => entry.direction === 'TO_PARTNER');
  const fromPartner = flowFigures(from);
  const toPartner = flowFigures(to);
  return {
    fromPartner,
    toPartner,
    both: flowFigures([...from, ...to]),
    balance: balanceOf(fromPartner.referrals, toPartner.referrals),
    valueBalance: balanceOf(fromPartner.wonValue, toPartner.wonValue),
    lift: liftOf(fromPartner, flowFigures(ownDeals)),
  };
}

function flowFigures(entries: readonly LedgerFact[]): FlowFigures {
  const won = entries.filter((entry) => entry.outcome === 'WON');
  const lost = entries.filter((entry) => entry.outcome === 'LOST').length;
  const values = won.map((entry) => entry.value).filter((value): value is number => value !== null);
  const days = won
    .filter((entry) => entry.referredOn && entry.closedOn)
    .map((entry) => daysBetween(entry.referredOn!, entry.closedOn!));
  return {
    referrals: entries.length,
    open: entries.filter((entry) => entry.outcome === 'OPEN').length,
    won: won.length,
    lost,
    winRate: won.length + lost === 0 ? null : won.length / (won.length + lost),
    wonValue: values.reduce((sum, value) => sum + value, 0),
    averageWonValue: values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length,
    medianDaysToClose: median(days),
    closedWithDates: days.length,
  };
}

function balanceOf(from: number, to: number): number | null {
  return from + to === 0 ? null : (from - to) / (from + to);
}

function liftOf(withPartner: FlowFigures, without: FlowFigures): PartnerLift | null {
  if (withPartner.winRate === null || without.winRate === null) return null;
  const dealSizeWith = withPartner.averageWonValue;
  const dealSizeWithout = without.averageWonValue;
  return {
    closedWith: withPartner.won + withPartner.lost,
    closedWithout: without.won + without.lost,
    winRateWith: withPartner.winRate,
    winRateWithout: without.winRate,
    winRatePoints: withPartner.winRate - without.winRate,
    winRateLift: without.winRate === 0 ? null : withPartner.winRate / without.winRate - 1,
    dealSizeWith,
    dealSizeWithout,
    dealSizeLift:
      dealSizeWith === null || dealSizeWithout === null || dealSizeWithout === 0
        ? null
        : dealSizeWith / dealSizeWithout - 1,
  };
}

/** The middle value; the mean of the two middle ones for an even count. */
function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
