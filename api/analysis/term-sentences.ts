import type { TermKind } from './fit-evidence.ts';
import type { RivalChoice } from './market-model.ts';
import type { PeerPartner } from './score-candidate.ts';

/** What the sentences name, beyond the numbers of the fit. */
export interface SentenceFacts {
  sharedCustomers: number;
  shareOfFocal: number;
  shareOfCandidate: number;
  /** How many closest peers the focal company has (at most CLOSEST_PEERS). */
  closestPeerCount: number;
  /** Those of them partnered with the candidate, most similar first; `rival` marks the focal company's declared rivals. */
  peerPartners: PeerPartner[];
  /** How this market counts a declared rival's partnerships in peer evidence. */
  rivalPartners: RivalChoice;
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
      const peers = facts.peerPartners;
      const closest =
        peers.length === 0
          ? `None of your ${facts.closestPeerCount} closest peers partner with them`
          : `${peers.length} of your ${facts.closestPeerCount} closest peers partner with them (${peerList(peers)})`;
      const others =
        facts.otherSimilarPartners > 0
          ? `; ${plural(facts.otherSimilarPartners, 'company', 'companies')} less like you ${facts.otherSimilarPartners === 1 ? 'does' : 'do'}`
          : '';
      return `${closest}${others}${peers.some((peer) => peer.rival) ? RIVAL_NOTE[facts.rivalPartners] : ''}`;
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
      if (theirs.length > 0 && yours.length > 0)
        return `Fills your gap in ${listOf(theirs)}; you fill theirs in ${listOf(yours)}`;
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

/** What a rival among the peers means here, as the market model decided. */
const RIVAL_NOTE: Record<RivalChoice, string> = {
  FOR: "; in this market a rival's partners count for a candidate, as any peer's do",
  NONE: "; in this market a rival's partners do not count",
  AGAINST: "; in this market a rival's partners count against a candidate",
};

/** Peers by name, each declared rival marked and always named (the first three others, then how many more). */
function peerList(peers: PeerPartner[]): string {
  const shown = peers.filter((peer, index) => peer.rival || peers.slice(0, index).filter((p) => !p.rival).length < 3);
  const names = shown.map((peer) => (peer.rival ? `${peer.name}, your declared rival` : peer.name));
  const more = peers.length - shown.length;
  if (more === 0) return names.length === 1 ? names[0]! : `${names.slice(0, -1).join('; ')} and ${names.at(-1)}`;
  return `${names.join('; ')} and ${more} more`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? noun : nouns}`;
}

/** "a", "a and b", "a, b, c and 3 more". */
function listOf(names: string[], shown = 3): string {
  if (names.length <= shown) {
    return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  }
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}
