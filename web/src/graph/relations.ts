/**
 * What a company is to the focal one, the map's colour key. The palette is
 * Okabe & Ito's (distinguishable with the common colour-vision deficiencies),
 * and the two warning relations are also dashed, so colour is never the only
 * cue.
 */
import type { EcosystemNode, Severity } from '../api/types.ts';
import { SEVERITY_RANK, worstSeverity } from '../format/labels.ts';

export type Relation = 'focal' | 'complement' | 'partner' | 'conflict' | 'competitor';

export const RELATIONS: readonly Relation[] = ['focal', 'complement', 'partner', 'conflict', 'competitor'];

export const RELATION_COLOUR: Record<Relation, string> = {
  focal: '#1f2a44', // ink: the company everything is measured against
  complement: '#0072b2', // blue
  partner: '#009e73', // bluish green
  conflict: '#d55e00', // vermillion
  competitor: '#cc79a7', // reddish purple
};

export const RELATION_LABEL: Record<Relation, string> = {
  focal: 'Focal company',
  complement: 'Candidate',
  partner: 'Active partner',
  conflict: 'Candidate with conflicts',
  competitor: 'Competitor',
};

export const RELATION_HINT: Record<Relation, string> = {
  focal: 'Every score is measured from here',
  complement: 'No conflict worse than low',
  partner: 'In an active partnership today',
  conflict: 'A medium or high conflict with the focal company',
  competitor: 'A declared rival',
};

/**
 * A candidate counts as "conflict" from this severity up: a LOW conflict (two
 * secondary capabilities in common) is normal between complementary firms and
 * would otherwise paint most of the map orange.
 */
export const CONFLICT_FROM: Severity = 'MEDIUM';

export function relationOf(node: Pick<EcosystemNode, 'kind' | 'conflictSeverity'>): Relation {
  switch (node.kind) {
    case 'FOCAL':
      return 'focal';
    case 'PARTNER':
      return 'partner';
    case 'COMPETITOR':
      return 'competitor';
    case 'CANDIDATE':
      return node.conflictSeverity && SEVERITY_RANK[node.conflictSeverity] >= SEVERITY_RANK[CONFLICT_FROM]
        ? 'conflict'
        : 'complement';
  }
}

/** A ranked candidate's colour on the shortlist and the 2x2: the map's rule, from its conflicts. */
export function relationOfFit(fit: { conflicts: readonly { severity: Severity }[] }): Relation {
  return relationOf({ kind: 'CANDIDATE', conflictSeverity: worstSeverity(fit.conflicts) });
}
