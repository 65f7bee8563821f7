import type { NamedRef } from './conflicts.ts';
import type { TermKind } from './fit-evidence.ts';

/** What the sentences name, beyond the numbers of the fit. */
export interface SentenceFacts {
  sharedCustomers: number;
  shareOfFocal: number;
  shareOfCandidate: number;
  /** How many closest peers the focal company has (at most CLOSEST_PEERS). */
  closestPeerCount: number;
  /** Those of them partnered with the candidate, most similar first. */
  peerPartners: NamedRef[];
  /** The candidate's other partners that resemble the focal company at all (similarity above 0). */
  otherSimilarPartners: number;
  /** Segment names both target, and how many the focal company targets. */
  segmentsShared: string[];
  focalSegmentCount: number;
  /** Capability names: K(B) \ K(A) and K(A) \ K(B). */
  gapsFilledForFocal: string[];
  gapsFilledForCandidate: string[];
  /** The candidate's active partners. */
  candidatePartners: number;
}

/** Labels of the terms, as the explorer and the CSV name them. */
export const TERM_LABELS: Record<TermKind, string> = {
  PEERS: 'Peer evidence',
  OVERLAP: 'Shared customers',
  NICHE: 'Shared niche',
  COMPLEMENT: 'Complementary capabilities',
  PULL: 'Ecosystem pull',
};

/** One sentence per term, built from the numbers behind it. */
export function termSentence(kind: TermKind, facts: SentenceFacts): string {
  switch (kind) {
    case 'PEERS': {
      if (facts.closestPeerCount === 0) return 'No company resembles you yet, so peers say nothing';
      const names = facts.peerPartners.map((peer) => peer.name);
      const closest =
        names.length === 0
          ? `None of your ${facts.closestPeerCount} closest peers partner with them`
          : `${names.length} of your ${facts.closestPeerCount} closest peers partner with them (${listOf(names)})`;
      return facts.otherSimilarPartners > 0
        ? `${closest}; ${plural(facts.otherSimilarPartners, 'company', 'companies')} less like you ${facts.otherSimilarPartners === 1 ? 'does' : 'do'}`
        : closest;
    }
    case 'OVERLAP':
      return facts.sharedCustomers > 0
        ? `Shares ${plural(facts.sharedCustomers, 'customer')} (${percent(facts.shareOfFocal)} of yours, ${percent(facts.shareOfCandidate)} of theirs)`
        : 'No shared customers yet';
    case 'NICHE':
      return facts.segmentsShared.length > 0
        ? `Targets ${facts.segmentsShared.length} of your ${plural(facts.focalSegmentCount, 'segment')} (${listOf(facts.segmentsShared)})`
        : 'Targets none of your segments';
    case 'COMPLEMENT': {
      const theirs = facts.gapsFilledForFocal;
      const yours = facts.gapsFilledForCandidate;
      if (theirs.length > 0 && yours.length > 0) return `Fills your gap in ${listOf(theirs)}; you fill theirs in ${listOf(yours)}`;
      if (theirs.length > 0) return `Fills your gap in ${listOf(theirs)}, but you add nothing they lack`;
      if (yours.length > 0) return `You fill their gap in ${listOf(yours)}, but they add nothing you lack`;
      return 'Neither side adds a capability the other lacks';
    }
    case 'PULL':
      return facts.candidatePartners > 0
        ? `Partners with ${plural(facts.candidatePartners, 'company', 'companies')} in this market`
        : 'No active partners in this market yet';
  }
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? noun : nouns}`;
}

/** "a", "a and b", "a, b, c and 3 more". */
export function listOf(names: string[], shown = 3): string {
  if (names.length <= shown) {
    return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  }
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}
