/**
 * Words for the API's enums, as a strategist would say them. The enums stay
 * the API's (api/schema/analysis.graphql); only their reading changes here.
 */
import type { ConflictKind, Effort, PowerBalance, Quadrant, Severity, Stage } from '../client/types.ts';

export const STAGES: readonly Stage[] = ['CUSTOMER', 'PROSPECT', 'OPPORTUNITY'];

export const STAGE_LABEL: Record<Stage, string> = {
  CUSTOMER: 'Customers',
  PROSPECT: 'Prospects',
  OPPORTUNITY: 'Opportunities',
};

export const SEVERITY_LABEL: Record<Severity, string> = { HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' };

/** Worst first, for sorting conflicts and for "hide … and worse" filters. */
export const SEVERITY_RANK: Record<Severity, number> = { HIGH: 3, MEDIUM: 2, LOW: 1 };

export const CONFLICT_KIND_LABEL: Record<ConflictKind, string> = {
  DIRECT_COMPETITOR: 'Direct competitor',
  CAPABILITY_OVERLAP: 'Capability overlap',
  CHANNEL_CONFLICT: 'Channel conflict',
  PARTNER_CONFLICT: 'Partner conflict',
};

export const QUADRANT_LABEL: Record<Quadrant, string> = {
  STRATEGIC: 'Strategic',
  CAPABILITY: 'Capability expansion',
  DISTRIBUTION: 'Distribution',
  LOW: 'Low leverage',
};

export const QUADRANT_HINT: Record<Quadrant, string> = {
  STRATEGIC: 'Adds capabilities and new customers',
  CAPABILITY: 'Adds capabilities you lack',
  DISTRIBUTION: 'Opens customers you do not reach',
  LOW: 'Little new on either axis',
};

export const POWER_LABEL: Record<PowerBalance, string> = {
  BIG_FISH: 'You are the big fish',
  SMALL_FISH: 'You are the small fish',
  PEERS: 'Peers',
};

export const EFFORT_LABEL: Record<Effort, string> = { LOW: 'Low effort', MEDIUM: 'Medium effort', HIGH: 'High effort' };

/** The worst severity among conflicts, or null when there are none. */
export function worstSeverity(conflicts: readonly { severity: Severity }[]): Severity | null {
  let worst: Severity | null = null;
  for (const { severity } of conflicts) {
    if (worst === null || SEVERITY_RANK[severity] > SEVERITY_RANK[worst]) worst = severity;
  }
  return worst;
}
