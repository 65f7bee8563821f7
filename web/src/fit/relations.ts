/**
 * What a company is to the focal one: the colour key of the map, the table
 * and the 2x2 alike. The pair's partnerships come first (an active partner is
 * never drawn as a candidate), then rivalry, then conflicts. The palette is
 * Okabe & Ito's (distinguishable with the common colour-vision deficiencies),
 * and the two warning relations are also dashed, so colour is never the only cue.
 */
import type { EcosystemNode, PairRelation, Severity } from '../client/types.ts';
import { SEVERITY_RANK, worstSeverity } from '../format/labels.ts';

export type Relation = 'focal' | 'complement' | 'partner' | 'in-progress' | 'former' | 'conflict' | 'competitor';

export const RELATIONS: readonly Relation[] = [
  'focal',
  'complement',
  'partner',
  'in-progress',
  'former',
  'conflict',
  'competitor',
];

export const RELATION_COLOUR: Record<Relation, string> = {
  focal: '#1f2a44', // ink: the company everything is measured against
  complement: '#0072b2', // blue
  partner: '#009e73', // bluish green
  'in-progress': '#7fd4b9', // light bluish green: on its way to partner
  former: '#8c96a5', // grey: history, not a prospect
  conflict: '#d55e00', // vermillion
  competitor: '#cc79a7', // reddish purple
};

export const RELATION_LABEL: Record<Relation, string> = {
  focal: 'Focal company',
  complement: 'Candidate',
  partner: 'Active partner',
  'in-progress': 'Partnership in progress',
  former: 'Former partner',
  conflict: 'Candidate with conflicts',
  competitor: 'Competitor',
};

export const RELATION_HINT: Record<Relation, string> = {
  focal: 'Every score is measured from here',
  complement: 'No partnership yet, no conflict worse than low',
  partner: 'In an active partnership today',
  'in-progress': 'A partnership is proposed, none active',
  former: 'Only ended partnerships',
  conflict: 'A medium or high conflict with the focal company',
  competitor: 'A declared rival',
};

/**
 * A candidate counts as "conflict" from this severity up: a LOW conflict (two
 * secondary capabilities in common) is normal between complementary firms and
 * would otherwise paint most of the map orange.
 */
const CONFLICT_FROM: Severity = 'MEDIUM';

const BY_HISTORY: Partial<Record<PairRelation, Relation>> = {
  PARTNER: 'partner',
  IN_PROGRESS: 'in-progress',
  FORMER_PARTNER: 'former',
};

export function relationOf(node: Pick<EcosystemNode, 'kind' | 'conflictSeverity' | 'relation'>): Relation {
  if (node.kind === 'FOCAL') return 'focal';
  const fromHistory = BY_HISTORY[node.relation];
  if (fromHistory) return fromHistory;
  switch (node.kind) {
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

/** A ranked fit's colour on the shortlist and the 2x2: the map's rule, from its history and conflicts. */
export function relationOfFit(fit: {
  relation: PairRelation;
  conflicts: readonly { kind: string; severity: Severity }[];
}): Relation {
  const rival = fit.conflicts.some((conflict) => conflict.kind === 'DIRECT_COMPETITOR');
  return relationOf({
    kind: rival ? 'COMPETITOR' : 'CANDIDATE',
    relation: fit.relation,
    conflictSeverity: worstSeverity(fit.conflicts),
  });
}
