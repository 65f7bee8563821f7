// Its own module, below record-matcher.ts and kind-resolution.ts: both take these types, so neither imports the other for them.

export type EntityKind = 'customer' | 'company';

/**
 * A decision the rules cannot make. `left` and `right` each name a record by id, by domain, or
 * by name as written (normalised as names are), tried in that order. `kind` limits it to one kind;
 * without it, it applies in every kind where both sides name a record.
 */
export interface Override {
  left: string;
  right: string;
  decision: 'same' | 'different';
  line?: number;
  kind?: EntityKind;
}

export interface MatchDecision {
  /** The entity's id. */
  id: string;
  how: 'anchor' | 'domain' | 'name' | 'override' | 'new' | 'ambiguous';
  /** One short sentence: 'same domain acme.com as "Acme, Inc." (crm.csv)'. */
  reason: string;
  /** For 'ambiguous': the entities the record could have been. */
  candidates?: { id: string; name: string; domain?: string }[];
}
