import { isSharedDomain, normaliseDomain } from './domain.ts';
import { normaliseName } from './name.ts';

/**
 * What the matcher keeps of a mention: its anchor, its registrable domain and its normalised name
 * (the key, equal for every mention that must land in the same place), plus the spelling as
 * written (for display names and reasons). Pass 1 and pass 2 both reduce a mention with this one
 * function, so a row looked up again finds exactly the key its first reading counted.
 */
export interface MentionKey {
  /** anchor, domain and name joined: the identity of the key. */
  key: string;
  anchor?: string;
  /** The registrable domain, unless it is shared or not a domain. */
  domain?: string;
  /** The normalised name; '' for none. */
  name: string;
  /** The name as written, trimmed, inner whitespace collapsed; '' for none. */
  spelling: string;
  /** A listed shared domain the mention carried (and that was dropped from `domain`). */
  sharedDomain?: string;
  /** Why the domain as written is not a domain. */
  domainProblem?: string;
}

/** Separates the parts of a key; a control character no id, domain or normalised name contains. */
const SEPARATOR = '\u0001';

export function mentionKey(mention: { name?: string; domain?: string; anchorId?: string }): MentionKey {
  const anchor = mention.anchorId?.trim() || undefined;
  let spelling = (mention.name ?? '').trim();
  if (/\s\s|[^\S ]/.test(spelling)) spelling = spelling.replace(/\s+/g, ' ');
  const name = normaliseName(spelling);
  // A name that is a bare domain ("northwindtraders.com" in a partner column, "Booking.com") names the organisation by its domain too.
  const normalised = normaliseDomain(mention.domain || (looksLikeDomain(spelling) ? spelling : ''));
  let domain: string | undefined;
  let sharedDomain: string | undefined;
  let domainProblem: string | undefined;
  if (normalised !== undefined && 'problem' in normalised) domainProblem = normalised.problem;
  else if (normalised !== undefined && isSharedDomain(normalised.domain)) sharedDomain = normalised.domain;
  else if (normalised !== undefined) domain = normalised.domain;
  const result: MentionKey = { key: `${anchor ?? ''}${SEPARATOR}${domain ?? ''}${SEPARATOR}${name}`, name, spelling };
  if (anchor !== undefined) result.anchor = anchor;
  if (domain !== undefined) result.domain = domain;
  if (sharedDomain !== undefined) result.sharedDomain = sharedDomain;
  if (domainProblem !== undefined) result.domainProblem = domainProblem;
  return result;
}

/** Whether a key can be matched at all: an anchor, a domain or a name. */
export const usable = (key: MentionKey): boolean =>
  key.anchor !== undefined || key.domain !== undefined || key.name !== '';

/** One word with a dot and letters after it, no spaces or @: what a person writes when a website is all they have. */
function looksLikeDomain(text: string): boolean {
  return /^[^\s@/]+\.[a-z]{2,}\.?$/i.test(text);
}
