/**
 * An intro path in a strategist's words: what a strength means, and how each
 * step leads to the next. Pure (unit-tested); the numbers are the API's, only
 * rounded for reading (docs/analyses.md, "Warm-intro paths").
 */
import type { IntroStep } from '../client/types.ts';
import { formatCount, formatDate } from '../format/numbers.ts';

/**
 * A strength as the API gave it, up to three decimals: strengths are products
 * of ½ and 1 / (vendors − 1), so 0.5, 0.25 and 0.125 are common and two
 * decimals would blur 0.125 into 0.13.
 */
export function formatStrength(strength: number): string {
  return String(Number(strength.toFixed(3)));
}

/**
 * What a strength says, measured against the path every strategist knows: a
 * partner you both have scores 0.5, and each extra hop or proposed
 * partnership halves it.
 */
export function strengthMeaning(strength: number): string {
  if (strength >= 1) return 'Direct: you are already linked';
  if (strength >= 0.5) return 'Strong: as good as a partner you both have';
  if (strength >= 0.25) return 'Fair: one extra hop, a proposed deal or a shared customer';
  return 'Weak: a long or crowded route, worth trying only if nothing stronger works';
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
