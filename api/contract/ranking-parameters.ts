/**
 * The parameters of a ranking as a link carries them: the explorer writes them
 * into its URL and its CSV download links, and the server reads the CSV links
 * back, with this one codec. Pure, with no imports, so both sides may use it
 * (the lint rules let the explorer import only api/contract/).
 *
 *   ?wS=0.4&wR=0.3&wC=0.3&wPeers=1&wOverlap=0.5&includePartners=true&minShared=3&segment=…&excludeSeverity=HIGH
 */

/** The value weights of valueTo (and so of mutualValue): wS, wR, wC. */
export interface ValueWeights {
  synergy: number;
  reach: number;
  capability: number;
}

/** The value weights' defaults (docs/analyses.md, "Mutual value"). */
export const DEFAULT_VALUE_WEIGHTS: ValueWeights = { synergy: 0.4, reach: 0.3, capability: 0.3 };

/** Where the 2x2 counts a term as high (docs/analyses.md, "The 2x2"). */
export interface QuadrantThresholds {
  capability: number;
  distribution: number;
}

export const DEFAULT_THRESHOLDS: QuadrantThresholds = { capability: 0.3, distribution: 0.3 };

export const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH'] as const;
type SeverityName = (typeof SEVERITIES)[number];

/** Term weights by their FitWeights field; absent ones keep the market's. */
interface TermWeightsInput {
  peers?: number;
  overlap?: number;
  niche?: number;
  complement?: number;
  pull?: number;
}

/** Everything a ranking link may say, as given (checking values is the server's job). */
export interface RankingParameters {
  valueWeights: Partial<ValueWeights>;
  termWeights: TermWeightsInput;
  includePartners: boolean;
  includeRuledOut: boolean;
  minShared: number | null;
  segment: string | null;
  capability: string | null;
  excludeSeverity: SeverityName | null;
}

/** Each weight's name in a link. */
const VALUE_KEYS: Record<keyof ValueWeights, string> = { synergy: 'wS', reach: 'wR', capability: 'wC' };
const TERM_KEYS: Record<keyof TermWeightsInput, string> = {
  peers: 'wPeers',
  overlap: 'wOverlap',
  niche: 'wNiche',
  complement: 'wComplement',
  pull: 'wPull',
};

/** Writes the parameters that differ from "not given" into `params`. */
export function encodeRankingParameters(
  parameters: Partial<RankingParameters>,
  params = new URLSearchParams(),
): URLSearchParams {
  for (const [field, key] of Object.entries(VALUE_KEYS)) {
    const value = parameters.valueWeights?.[field as keyof ValueWeights];
    if (value !== undefined) params.set(key, String(value));
  }
  for (const [field, key] of Object.entries(TERM_KEYS)) {
    const value = parameters.termWeights?.[field as keyof TermWeightsInput];
    if (value !== undefined) params.set(key, String(value));
  }
  if (parameters.includePartners) params.set('includePartners', 'true');
  if (parameters.includeRuledOut) params.set('includeRuledOut', 'true');
  if (parameters.minShared) params.set('minShared', String(parameters.minShared));
  if (parameters.segment) params.set('segment', parameters.segment);
  if (parameters.capability) params.set('capability', parameters.capability);
  if (parameters.excludeSeverity) params.set('excludeSeverity', parameters.excludeSeverity);
  return params;
}

/**
 * Reads the parameters back. Numbers are read as numbers (a malformed one is
 * NaN, for the server to refuse with the argument's name); an unknown
 * severity is kept as given for the same reason.
 */
export function decodeRankingParameters(params: URLSearchParams): RankingParameters {
  const number = (key: string): number | undefined => {
    const text = params.get(key);
    return text === null || text.trim() === '' ? undefined : Number(text);
  };
  const valueWeights: Partial<ValueWeights> = {};
  for (const [field, key] of Object.entries(VALUE_KEYS)) {
    const value = number(key);
    if (value !== undefined) valueWeights[field as keyof ValueWeights] = value;
  }
  const termWeights: TermWeightsInput = {};
  for (const [field, key] of Object.entries(TERM_KEYS)) {
    const value = number(key);
    if (value !== undefined) termWeights[field as keyof TermWeightsInput] = value;
  }
  return {
    valueWeights,
    termWeights,
    includePartners: params.get('includePartners') === 'true',
    includeRuledOut: params.get('includeRuledOut') === 'true',
    minShared: number('minShared') ?? null,
    segment: params.get('segment') || null,
    capability: params.get('capability') || null,
    excludeSeverity: (params.get('excludeSeverity') || null) as SeverityName | null,
  };
}
