/**
 * Which records of the imported files are the same real organisation.
 *
 * The same customer appears in a CRM export as "Acme, Inc." with https://www.acme.com/, in an
 * install-base list as "ACME Inc" with acme.com, and in a partner sheet as "Acme" with no domain.
 * Counted apart, every overlap between two companies' customer bases comes out too low. The
 * matcher decides, per kind (customers, companies, never across), which records are one entity,
 * gives each entity a stable id, and says for every record which rule put it there (as Splink
 * does: every merge names its rule).
 *
 * The rules, strongest first (docs/matching.md has them with examples):
 * 1. Domain: records with the same registrable domain (domain.ts) are one entity. An organisation
 *    owns its domain; two records whose domains differ are never merged by a rule.
 * 2. Name: a record without a domain joins the one entity that carries its normalised name
 *    (name.ts). Two or more carry it: ambiguous, merged with none, and the candidates are given.
 *    A domain entity named N also absorbs an anchored entity named N that has no domain (a live
 *    customer imported before its domain was known), keeping the anchor's id.
 * 3. Anchors (rows of our own layout, records already in the graph): at most one per entity, and
 *    two are never merged: they are distinct rows already. A domain two anchors carry is contested.
 * 4. Overrides: `same` merges what the rules kept apart, `different` keeps apart what a name
 *    would have merged. Overrides that name nothing or contradict others are reported and ignored;
 *    when a `same` contradicts a `different`, they stay apart.
 * 5. Shared domains (free mail, profile hosts, link shorteners: shared-domains.ts) and domains
 *    crowded with unrelated names (crowded-domains.ts) are no identity: treated as no domain.
 * 6. Display name: the anchor's spelling, else the most frequent spelling as written (ties: the
 *    first in code-unit order); ids: the anchor's, else the slug of the domain or the name
 *    (entity-ids.ts).
 *
 * Deliberately not done: fuzzy, phonetic or typo-tolerant matching ("Acme" vs "Acne", Jaro-
 * Winkler scores, Splink's probabilistic weights). A wrong merge silently inflates every overlap
 * the entity takes part in, and no one can see it; a missed merge shows up as two customers with
 * the same-looking name, is reported as ambiguous or new, and an override fixes it. Nor are
 * subsidiaries folded into parents ("Acme Holdings" stays apart from "Acme"), nor domains
 * followed through redirects (no I/O here).
 *
 * Memory grows with distinct keys (anchor, domain, normalised name) and distinct spellings, never
 * with rows: pass 1 counts, and a million install-base rows naming 100,000 organisations keep
 * about 100,000 keys. Pass 2 reduces each row again and reads its key's decision.
 */
import {
  describe as describeOverride,
  KindResolution,
  type EntityRecord,
  type KeyStats,
  type MatchProblem,
  type ResolvedOverride,
} from './kind-resolution.ts';
import type { EntityKind, MatchDecision, Override } from './match-types.ts';
import { mentionKey, usable } from './mention-key.ts';

// Handed on, so the matcher's callers keep one import for the matcher and what it decides.
export type { EntityKind, MatchDecision, Override } from './match-types.ts';

const ENTITY_KINDS: readonly EntityKind[] = ['customer', 'company'];

export interface Mention {
  kind: EntityKind;
  /** As written. */
  name?: string;
  /** As written: a website, URL, domain or e-mail address. */
  domain?: string;
  /** An explicit id: a row of our own layout (companies.csv, customers.csv) or a record already in the live graph. */
  anchorId?: string;
}

type MatchedEntity = EntityRecord;

export interface Resolution {
  /** Pass 2. Undefined when the mention has neither a usable name, nor domain, nor anchor. Throws for one pass 1 never saw. */
  lookup(mention: Mention): MatchDecision | undefined;
  /** The entities of a kind, by id. */
  entities(kind: EntityKind): Iterable<MatchedEntity>;
  /** Overrides naming nothing or contradicting others, shared and crowded domains seen, ambiguities, values that are not domains. */
  problems(): { override?: Override; reason: string }[];
}

/** Distinct values that are not domains kept for problems(), so a column of junk cannot grow memory with rows. */
const MAX_BAD_DOMAIN_VALUES = 100;

interface KindState {
  keys: Map<string, KeyStats>;
  sharedSeen: Map<string, number>;
  badDomains: Map<string, number>;
  spellings: number;
}

const newKindState = (): KindState => ({ keys: new Map(), sharedSeen: new Map(), badDomains: new Map(), spellings: 0 });

export class RecordMatcher {
  private readonly kinds: Record<EntityKind, KindState> = { customer: newKindState(), company: newKindState() };

  /** Pass 1: counts the mention under its key. `source` (a file name) names it in reasons. */
  add(mention: Mention, source?: string): void {
    const state = this.kinds[mention.kind];
    const key = mentionKey(mention);
    if (key.sharedDomain !== undefined)
      state.sharedSeen.set(key.sharedDomain, (state.sharedSeen.get(key.sharedDomain) ?? 0) + 1);
    if (key.domainProblem !== undefined) {
      const seen = state.badDomains.get(key.domainProblem);
      if (seen !== undefined) state.badDomains.set(key.domainProblem, seen + 1);
      else if (state.badDomains.size < MAX_BAD_DOMAIN_VALUES) state.badDomains.set(key.domainProblem, 1);
    }
    if (!usable(key)) return;
    let stats = state.keys.get(key.key);
    if (!stats) {
      stats = {
        key: key.key,
        ...(key.anchor !== undefined && { anchor: key.anchor }),
        ...(key.domain !== undefined && { domain: key.domain }),
        name: key.name,
        count: 0,
        spellings: new Map(),
      };
      state.keys.set(key.key, stats);
    }
    stats.count++;
    const spelling = stats.spellings.get(key.spelling);
    if (!spelling) {
      stats.spellings.set(key.spelling, { count: 1, ...(source !== undefined && { source }) });
      state.spellings++;
    } else {
      spelling.count++;
      // The first source in code-unit order, not the first seen: the same files in another order give the same reasons.
      if (source !== undefined && (spelling.source === undefined || source < spelling.source)) spelling.source = source;
    }
  }

  /**
   * The registrable domains and normalised names pass 1 counted for a kind, each once: what to look
   * for among the records already in the graph, which are then added as anchors (only those that
   * can match, so the graph's size does not weigh on the matcher).
   */
  keysOf(kind: EntityKind): { domains: string[]; names: string[] } {
    const domains = new Set<string>();
    const names = new Set<string>();
    for (const stats of this.kinds[kind].keys.values()) {
      if (stats.anchor !== undefined) continue;
      if (stats.domain !== undefined) domains.add(stats.domain);
      if (stats.name !== '') names.add(stats.name);
    }
    return { domains: [...domains], names: [...names] };
  }

  /** What the matcher holds, for tests of its memory: distinct keys and spellings, never mentions. */
  size(): { keys: number; spellings: number; badDomainValues: number } {
    let keys = 0;
    let spellings = 0;
    let badDomainValues = 0;
    for (const state of Object.values(this.kinds)) {
      keys += state.keys.size;
      spellings += state.spellings;
      badDomainValues += state.badDomains.size;
    }
    return { keys, spellings, badDomainValues };
  }

  /** After pass 1. The same mentions in any order, with the same overrides, give the same resolution. */
  resolve(overrides: readonly Override[] = []): Resolution {
    const kinds = {} as Record<EntityKind, KindResolution>;
    for (const kind of ENTITY_KINDS) {
      const state = this.kinds[kind];
      kinds[kind] = new KindResolution(kind, state.keys, state.sharedSeen, state.badDomains);
    }
    const { perKind, problems } = resolveOverrides(overrides, kinds);
    for (const kind of ENTITY_KINDS) {
      const resolution = kinds[kind];
      resolution.applyOverrides(perKind[kind]);
      resolution.absorbAnchors();
      resolution.joinNames();
      resolution.buildEntities();
    }
    const allProblems = [...problems, ...ENTITY_KINDS.flatMap((kind) => kinds[kind].problems)];
    return {
      lookup(mention) {
        const key = mentionKey(mention);
        if (!usable(key)) return undefined;
        const decision = kinds[mention.kind].decide(key);
        if (decision === undefined && !kinds[mention.kind].knows(key)) {
          throw new Error(`lookup of a ${mention.kind} that was not added in pass 1: ${JSON.stringify(mention)}`);
        }
        return decision;
      },
      entities: (kind) => kinds[kind].entities(),
      problems: () => allProblems.map((problem) => ({ ...problem })),
    };
  }
}

/**
 * Each override's sides named in each kind. It applies where both sides name a record; where
 * neither kind has both, it is reported: the side that names nothing, or why a side is unclear.
 */
function resolveOverrides(
  overrides: readonly Override[],
  kinds: Record<EntityKind, KindResolution>,
): { perKind: Record<EntityKind, ResolvedOverride[]>; problems: MatchProblem[] } {
  const perKind: Record<EntityKind, ResolvedOverride[]> = { customer: [], company: [] };
  const problems: MatchProblem[] = [];
  for (const override of overrides) {
    if (override.decision !== 'same' && override.decision !== 'different') {
      problems.push({
        override,
        reason: `${describeOverride(override)}: the decision must be "same" or "different"; ignored.`,
      });
      continue;
    }
    const tried = override.kind !== undefined ? [override.kind] : ENTITY_KINDS;
    let applied = false;
    const why = new Set<string>();
    for (const kind of tried) {
      const left = kinds[kind].reference(override.left);
      const right = kinds[kind].reference(override.right);
      if (left !== undefined && 'node' in left && right !== undefined && 'node' in right) {
        perKind[kind].push({ override, left: left.node, right: right.node });
        applied = true;
      }
      for (const side of [left, right]) if (side !== undefined && 'problem' in side) why.add(side.problem);
    }
    if (applied) continue;
    const namesSomething = (text: string) =>
      tried.some((kind) => {
        const reference = kinds[kind].reference(text);
        return reference !== undefined && 'node' in reference;
      });
    for (const text of [override.left, override.right])
      if (why.size === 0 && !namesSomething(text)) why.add(`${JSON.stringify(text)} names no record`);
    if (why.size === 0) why.add('the two sides name records of different kinds');
    problems.push({ override, reason: `${describeOverride(override)}: ${[...why].join('; ')}; ignored.` });
  }
  return { perKind, problems };
}
