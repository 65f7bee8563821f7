/**
 * Where a pair stands, in words: the partnerships it already has, whether a
 * conflict rules it out, and what badge and call to action follow from that.
 * One place, so the detail panel, the table and the map never disagree (an
 * active partner is never called a candidate; a ruled-out rival never wears
 * a recommending quadrant).
 */
import type { FitStanding, PairRelation, PartnershipRecord, Quadrant, Severity } from '../client/types.ts';
import { CONFLICT_KIND_LABEL, QUADRANT_HINT, QUADRANT_LABEL, worstSeverity } from '../format/labels.ts';
import { formatDate } from '../format/numbers.ts';

/** "Active partner since 11 Mar 2019 (Technology integration)", "In progress: …", "Former partner: …". */
export function historyLine(partnership: Pick<PartnershipRecord, 'status' | 'since' | 'type'>): string {
  const type = partnership.type.name;
  const since = partnership.since ? formatDate(partnership.since) : null;
  switch (partnership.status) {
    case 'ACTIVE':
      return `Active partner${since ? ` since ${since}` : ''} (${type})`;
    case 'PROPOSED':
      return `In progress: ${midSentence(type)} proposed${since ? ` on ${since}` : ''}`;
    case 'ENDED':
      return `Former partner: ${midSentence(type)}${since ? ` started ${since},` : ''} now ended`;
  }
}

/** The partnership that decides the pair's relation: an active one, else a proposed one, else the newest. */
export function headlinePartnership<P extends Pick<PartnershipRecord, 'status'>>(history: readonly P[]): P | null {
  return (
    history.find((p) => p.status === 'ACTIVE') ?? history.find((p) => p.status === 'PROPOSED') ?? history[0] ?? null
  );
}

/** The panel's eyebrow: what the company is to the focal one. */
export function relationHeading(standing: Pick<FitStanding, 'relation' | 'ruledOut'>, focalName: string): string {
  switch (standing.relation) {
    case 'PARTNER':
      return `Active partner of ${focalName}`;
    case 'IN_PROGRESS':
      return `Partnership in progress with ${focalName}`;
    case 'FORMER_PARTNER':
      return `Former partner of ${focalName}`;
    case 'CANDIDATE':
      return standing.ruledOut ? `Ruled out as a partner for ${focalName}` : `Candidate for ${focalName}`;
  }
}

/**
 * One short line under a company's name in a table: its history, or else what
 * rules it out (the badge's hint has the full explanation); null for a plain
 * candidate.
 */
export function standingLine(standing: Pick<FitStanding, 'history' | 'ruledOut' | 'ruledOutBy'>): string | null {
  const headline = headlinePartnership(standing.history);
  if (headline) return historyLine(headline);
  if (!standing.ruledOut) return null;
  const kind = standing.ruledOutBy?.kind;
  return `Ruled out: ${kind ? CONFLICT_KIND_LABEL[kind].toLowerCase() : 'a decisive conflict'}`;
}

export interface Badge {
  /** A CSS class: `quadrant-STRATEGIC`…, `ruled-out`, or `risk-HIGH`… for a risk chip. */
  tone: string;
  label: string;
  hint: string;
}

/**
 * The 2x2 badge a fit wears. A quadrant recommends ("Strategic"); a candidate
 * a decisive conflict rules out reads "Ruled out" with the reason instead.
 * A conflict the market model does not treat as decisive is no verdict: the
 * quadrant stands, and riskBadge says the risk beside it, as the ranking and
 * the recommended type treat it.
 */
export function fitBadge(standing: Pick<FitStanding, 'ruledOut' | 'ruledOutBy' | 'conflicts' | 'quadrant'>): Badge {
  if (standing.ruledOut) {
    return {
      tone: 'ruled-out',
      label: 'Ruled out',
      hint: standing.ruledOutBy?.explanation ?? 'A decisive conflict rules this candidate out.',
    };
  }
  return quadrantBadge(standing.quadrant);
}

const RISK_LABEL: Record<Severity, string> = { HIGH: 'High risk', MEDIUM: 'Medium risk', LOW: 'Low risk' };

/**
 * The risk to manage of a candidate that is not ruled out: its worst
 * conflict's severity, and how many conflicts; null when it has none (or is
 * ruled out, which fitBadge already says).
 */
export function riskBadge(standing: Pick<FitStanding, 'ruledOut' | 'conflicts'>): Badge | null {
  if (standing.ruledOut) return null;
  const worst = worstSeverity(standing.conflicts);
  if (!worst) return null;
  const count = standing.conflicts.length;
  return {
    tone: `risk-${worst}`,
    label: RISK_LABEL[worst],
    hint: `${count} conflict${count === 1 ? '' : 's'} to manage, the worst ${worst.toLowerCase()}: this market does not rule the candidate out for ${count === 1 ? 'it' : 'them'}.`,
  };
}

function quadrantBadge(quadrant: Quadrant): Badge {
  return { tone: `quadrant-${quadrant}`, label: QUADRANT_LABEL[quadrant], hint: QUADRANT_HINT[quadrant] };
}

/**
 * Why the panel offers no "Add to shortlist" for this pair, or null when it
 * should: a shortlist holds candidates to approach, which an active partner,
 * a deal in progress or a ruled-out rival is not. A former partner can be
 * approached again.
 */
export function shortlistBlocker(standing: Pick<FitStanding, 'relation' | 'ruledOut'>): string | null {
  const byRelation: Record<PairRelation, string | null> = {
    PARTNER: 'Already an active partner: build on the partnership rather than shortlist it.',
    IN_PROGRESS: 'A partnership is already in progress: follow it up rather than shortlist it.',
    FORMER_PARTNER: null,
    CANDIDATE: null,
  };
  if (byRelation[standing.relation]) return byRelation[standing.relation];
  return standing.ruledOut ? 'Not offered for a shortlist while a conflict rules it out.' : null;
}

/** A type name inside a sentence: "Referral" → "referral", acronyms ("OEM bundle") untouched. */
function midSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}
