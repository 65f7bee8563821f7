/**
 * An intro path in a strategist's words: what a strength means, and how each
 * step leads to the next. Pure (unit-tested); the numbers are the API's, only
 * rounded for reading (docs/analyses.md, "Warm-intro paths").
 */
import type { IntroPath, IntroStep, Stage, StageCount } from '../client/types.ts';
import { formatCount, formatDate } from '../format/numbers.ts';

/**
 * A strength as the API gave it, up to three decimals: strengths are products
 * of ½ and 1 / (vendors − 1), so 0.5, 0.25 and 0.125 are common and two
 * decimals would blur 0.125 into 0.13.
 */
export function formatStrength(strength: number): string {
  return String(Number(strength.toFixed(3)));
}

/** A strength's tier: the same cut-offs for every path. */
type StrengthTier = 'Direct' | 'Strong' | 'Fair' | 'Weak';

function strengthTier(strength: number): StrengthTier {
  if (strength >= 1) return 'Direct';
  if (strength >= 0.5) return 'Strong';
  if (strength >= 0.25) return 'Fair';
  return 'Weak';
}

/**
 * What a path's strength says, by what it rests on. Only a path of two
 * active partnerships through one company reaches 0.5 with partnerships
 * alone, so "a partner you both have" is said of those and of nothing else: a
 * customer that buys from the two companies beside it alone also makes 0.5,
 * and used to be called "as good as a partner you both have" for that reason
 * only. A path through a customer says so in its label.
 */
export function strengthLabel(path: Pick<IntroPath, 'strength' | 'steps'>): string {
  const tier = strengthTier(path.strength);
  if (tier === 'Direct') return 'Direct: you are already linked';
  if (path.steps.some((step) => step.relation === 'CUSTOMER')) return `${tier}, through a customer`;
  if (tier === 'Strong') return 'Strong: a partner you both have';
  return tier;
}

/** One factor of a strength: what it is, and what it multiplies the strength by. */
export interface StrengthFactor {
  words: string;
  times: number;
}

/**
 * What a strength rests on, factor by factor, from the steps themselves
 * (docs/analyses.md, "Warm-intro paths"): the active partnerships (×1 each),
 * each proposed one (×½), each customer the path runs through, a reference
 * weighing 1 / (vendors − 1), and ½ for every hop after the first. Their
 * product is the strength the API gave (a unit test holds the two to it).
 */
export function strengthFactors(path: Pick<IntroPath, 'steps'>): StrengthFactor[] {
  const factors: StrengthFactor[] = [];
  const partnerships = path.steps.filter((step) => step.relation === 'PARTNERSHIP');
  const active = partnerships.filter((step) => step.status !== 'PROPOSED').length;
  const proposed = partnerships.length - active;
  if (active > 0) factors.push({ words: countWords(active, 'active partnership'), times: 1 });
  if (proposed > 0) factors.push({ words: countWords(proposed, 'proposed partnership'), times: 0.5 ** proposed });
  for (const step of path.steps) {
    if (step.relation !== 'CUSTOMER') continue;
    const vendors = step.vendors ?? 2;
    factors.push({
      words:
        vendors <= 2
          ? `${step.party.name}, a customer no other vendor serves`
          : `${step.party.name}, a customer ${vendors} vendors serve`,
      times: 1 / Math.max(1, vendors - 1),
    });
  }
  const extra = path.steps.length - 1;
  if (extra > 0) factors.push({ words: countWords(extra, 'hop', 'hops') + ' after the first', times: 0.5 ** extra });
  return factors;
}

/**
 * The factors in one line: "2 active partnerships (×1), 1 hop after the
 * first (×½)"; for a path through a customer, what that means for the
 * introduction.
 */
export function strengthBasis(path: Pick<IntroPath, 'steps'>): string {
  const factors = strengthFactors(path)
    .map((factor) => `${factor.words} (${formatTimes(factor.times)})`)
    .join(', ');
  const reference = path.steps.some((step) => step.relation === 'CUSTOMER');
  return reference ? `${factors}: a customer vouches, no partnership stands behind that hop` : factors;
}

/** A factor as a multiplier: ×1, ×½, ×¼, ×⅛, ×1/3. */
export function formatTimes(times: number): string {
  const known: Record<string, string> = { '1': '×1', '0.5': '×½', '0.25': '×¼', '0.125': '×⅛' };
  const key = String(times);
  if (known[key]) return known[key];
  const denominator = 1 / times;
  return Number.isInteger(Math.round(denominator * 1e9) / 1e9)
    ? `×1/${Math.round(denominator)}`
    : `×${formatStrength(times)}`;
}

function countWords(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The one count of warm introductions, as the account mapping gives it: the
 * focal company's prospects and its open deals (opportunities) that the
 * candidate serves as customers. The reasons' "3 prospects of yours are
 * their customers" counted both, beside a Prospect × Customer cell showing
 * 2: here both parts are named, and they add up to the count.
 */
export function warmIntroductions(matrix: readonly StageCount[]): {
  prospects: number;
  openDeals: number;
  total: number;
} {
  const cell = (stageA: Stage): number =>
    matrix.find((entry) => entry.stageA === stageA && entry.stageB === 'CUSTOMER')?.count ?? 0;
  const prospects = cell('PROSPECT');
  const openDeals = cell('OPPORTUNITY');
  return { prospects, openDeals, total: prospects + openDeals };
}

/** How the party before a step leads to the party it reaches, e.g. "technology integration partner, active since 10 Jan 2024". */
export function stepRelation(step: IntroStep): string {
  switch (step.relation) {
    case 'PARTNERSHIP': {
      const kind = step.type ? `${step.type.name.toLowerCase()} partner` : 'partner';
      const status = step.status === 'PROPOSED' ? 'proposed' : 'active';
      return `${kind}, ${status}${step.since ? ` since ${formatDate(step.since)}` : ''}`;
    }
    case 'CUSTOMER':
      return `a paying customer of both sides, a reference (${formatCount(step.vendors ?? 0)} vendors serve it)`;
    case 'VENDOR':
      return 'also serves that customer';
  }
}
