import type { Designation } from './marketplace-schema.ts';

/** The relationship stages of the graph's `SERVES` edge. */
export type Stage = 'customer' | 'opportunity' | 'prospect';

/**
 * A product's FedRAMP designation says how far the agencies it names are along:
 * - Compliant: authorised and in use → customer;
 * - In Process / In PMO Review: an agency sponsors the authorisation that is under way →
 *   opportunity (a deal in progress);
 * - FedRAMP Ready: the vendor is ready but no agency has committed → prospect. (Ready
 *   products name no agency in today's export, so this yields no rows yet.)
 */
const stageOfDesignation: Record<Designation, Stage> = {
  Compliant: 'customer',
  'In Process': 'opportunity',
  'In PMO Review': 'opportunity',
  'FedRAMP Ready': 'prospect',
};

/** Strength of each stage: a vendor with several products keeps its strongest link to an agency. */
const stageStrength: Record<Stage, number> = { customer: 3, opportunity: 2, prospect: 1 };

export function stageOf(designation: Designation): Stage {
  return stageOfDesignation[designation];
}

/** The stronger of two stages: customer > opportunity > prospect. */
export function strongerStage(a: Stage, b: Stage): Stage {
  return stageStrength[b] > stageStrength[a] ? b : a;
}
