import { nameGroups, CROWDED_NAME_GROUPS } from './crowded-domains.ts';
import { normaliseDomain } from './domain.ts';
import { assignIds, compare } from './entity-ids.ts';
import type { MentionKey } from './mention-key.ts';
import { normaliseName } from './name.ts';
import type { EntityKind, MatchDecision, Override } from './match-types.ts';
import { UnionFind } from './union-find.ts';

/**
 * The matching of one kind of record (customers, or companies), from the distinct keys pass 1
 * counted to entities with ids and a decision for every key. record-matcher.ts explains the rules;
 * this file applies them in four stages over a graph of nodes, one node per anchor, per domain and
 * per name carried by records with neither:
 *
 * 1. domain: a domain joins the one anchor that carries it (two anchors: the domain is contested
 *    and joins neither);
 * 2. overrides: `different` first (a ban), then `same` in the order given;
 * 3. an anchor without a domain joins the one unanchored domain entity that carries its name;
 * 4. a name node joins the one entity that carries its name (two or more: ambiguous).
 *
 * Each stage decides from the state the previous one left, never from the order of records, and
 * nodes are numbered in sorted key order, so the result is the same whatever order pass 1 saw.
 */

/** What pass 1 keeps of one distinct key: counts and spellings, never the mentions themselves. */
export interface KeyStats {
  key: string;
  anchor?: string;
  domain?: string;
  name: string;
  count: number;
  /** Spelling as written → mentions, and the first source in code-unit order (for reasons). */
  spellings: Map<string, { count: number; source?: string }>;
}

export interface EntityRecord {
  id: string;
  name: string;
  domain?: string;
  anchorId?: string;
  /** Spellings as written, most frequent first. */
  names: string[];
  /** Domains, most frequent first. */
  domains: string[];
  /** Mentions counted in pass 1. */
  records: number;
}

export interface MatchProblem {
  override?: Override;
  reason: string;
}

/** An override side resolved to a node of this kind, or why not. */
export type Reference = { node: number } | { problem: string } | undefined;

export interface ResolvedOverride {
  override: Override;
  left: number;
  right: number;
}

type NodeType = 'anchor' | 'domain' | 'name';

interface Node {
  type: NodeType;
  value: string;
  keys: KeyStats[];
}

interface Spelled {
  spelling: string;
  count: number;
  source?: string;
}

/** At most this many names quoted in a problem. */
const QUOTED_NAMES = 3;

export class KindResolution {
  readonly problems: MatchProblem[] = [];
  private readonly nodes: Node[] = [];
  private readonly nodeIndex = new Map<string, number>();
  private readonly keyNode = new Map<string, { node: number; stats: KeyStats }>();
  private readonly sets = new UnionFind(0);
  /** Non-name nodes by the normalised names their keys carry (for name references and stage 4). */
  private readonly nodesByName = new Map<string, number[]>();
  /** Domain → the anchors carrying it, when two or more do. */
  private readonly contested = new Map<string, string[]>();
  private readonly crowded = new Map<string, string[][]>();
  /** Root → its anchor, kept current through every union (an entity holds at most one). */
  private readonly anchorAt = new Map<number, string>();
  private stage1: number[] = [];
  private stage2: number[] = [];
  private readonly bans: ResolvedOverride[] = [];
  private readonly appliedSame: ResolvedOverride[] = [];
  /** Domain root (stage 2) → the anchored record it absorbed by name (stage 3), with that record's spelling. */
  private readonly absorbed = new Map<number, { anchor: string; spelled: Spelled }>();
  /** Name node → what it joined at stage 4, or the candidates it could not choose among, or the ban that kept it apart. */
  private readonly joined = new Map<number, Spelled>();
  private readonly ambiguous = new Map<number, number[]>();
  private readonly keptApart = new Map<number, Override>();
  /** Entity by its root node (an array indexed by node: read on every lookup). */
  private readonly entityByRoot: (EntityRecord | undefined)[] = [];
  private entityList: EntityRecord[] = [];

  constructor(
    private readonly kind: EntityKind,
    private readonly keys: ReadonlyMap<string, KeyStats>,
    sharedSeen: ReadonlyMap<string, number>,
    badDomains: ReadonlyMap<string, number>,
  ) {
    const sorted = [...keys.values()].sort((a, b) => compare(a.key, b.key));
    this.findCrowded(sorted);
    this.buildNodes(sorted);
    this.joinByDomain(sorted);
    for (const [domain, count] of [...sharedSeen].sort(([a], [b]) => compare(a, b))) {
      this.problems.push({
        reason: `${domain} is a shared domain (mail or profile host), no identity: ${this.records(count)} with it matched without it.`,
      });
    }
    for (const [problem, count] of [...badDomains].sort(([a], [b]) => compare(a, b))) {
      this.problems.push({ reason: `${problem.replace(/\.$/, '')} (${this.records(count)}).` });
    }
  }

  private records(count: number): string {
    return `${count} ${this.kind} record${count === 1 ? '' : 's'}`;
  }

  /** Rule 5's second half: domains carried by CROWDED_NAME_GROUPS or more unrelated names. */
  private findCrowded(keys: readonly KeyStats[]): void {
    const namesByDomain = new Map<string, string[]>();
    const recordsByDomain = new Map<string, number>();
    for (const key of keys) {
      if (key.domain === undefined) continue;
      recordsByDomain.set(key.domain, (recordsByDomain.get(key.domain) ?? 0) + key.count);
      if (key.name === '') continue;
      const names = namesByDomain.get(key.domain);
      if (names) names.push(key.name);
      else namesByDomain.set(key.domain, [key.name]);
    }
    for (const [domain, names] of namesByDomain) {
      if (new Set(names).size < CROWDED_NAME_GROUPS) continue;
      const groups = nameGroups(domain, names);
      if (groups.length >= CROWDED_NAME_GROUPS) this.crowded.set(domain, groups);
    }
    for (const [domain, groups] of [...this.crowded].sort(([a], [b]) => compare(a, b))) {
      const quoted = groups.slice(0, QUOTED_NAMES).map((group) => JSON.stringify(group[0]));
      this.problems.push({
        reason: `${domain} is carried by ${groups.length} unrelated names (${quoted.join(', ')}${groups.length > QUOTED_NAMES ? ', …' : ''}): treated as no domain for ${this.records(recordsByDomain.get(domain)!)}.`,
      });
    }
  }

  private effectiveDomain(key: { domain?: string }): string | undefined {
    return key.domain !== undefined && !this.crowded.has(key.domain) ? key.domain : undefined;
  }

  private node(type: NodeType, value: string): number {
    const id = `${type}:${value}`;
    let index = this.nodeIndex.get(id);
    if (index === undefined) {
      index = this.nodes.length;
      this.nodes.push({ type, value, keys: [] });
      this.nodeIndex.set(id, index);
    }
    return index;
  }

  private buildNodes(keys: readonly KeyStats[]): void {
    for (const key of keys) {
      const domain = this.effectiveDomain(key);
      let index: number;
      if (key.anchor !== undefined) index = this.node('anchor', key.anchor);
      else if (domain !== undefined) index = this.node('domain', domain);
      else if (key.name !== '') index = this.node('name', key.name);
      else continue; // only a crowded domain: nothing to match on
      if (key.anchor !== undefined && domain !== undefined) this.node('domain', domain);
      this.nodes[index]!.keys.push(key);
      this.keyNode.set(key.key, { node: index, stats: key });
      if (this.nodes[index]!.type !== 'name' && key.name !== '') {
        const list = this.nodesByName.get(key.name);
        if (!list) this.nodesByName.set(key.name, [index]);
        else if (list[list.length - 1] !== index) list.push(index);
      }
    }
    this.sets.grow(this.nodes.length);
    this.nodes.forEach((node, index) => {
      if (node.type === 'anchor') this.anchorAt.set(index, node.value);
    });
  }

  /** Joins two sets, carrying the anchor over to the new root. */
  private unite(a: number, b: number): void {
    const rootA = this.sets.find(a);
    const rootB = this.sets.find(b);
    if (rootA === rootB) return;
    const anchor = this.anchorAt.get(rootA) ?? this.anchorAt.get(rootB);
    const root = this.sets.union(rootA, rootB);
    this.anchorAt.delete(rootA);
    this.anchorAt.delete(rootB);
    if (anchor !== undefined) this.anchorAt.set(root, anchor);
  }

  /** Stage 1: a domain joins the anchor that carries it, unless two anchors do. */
  private joinByDomain(keys: readonly KeyStats[]): void {
    const anchorsOf = new Map<string, Set<string>>();
    for (const key of keys) {
      const domain = this.effectiveDomain(key);
      if (key.anchor === undefined || domain === undefined) continue;
      const anchors = anchorsOf.get(domain);
      if (anchors) anchors.add(key.anchor);
      else anchorsOf.set(domain, new Set([key.anchor]));
    }
    for (const [domain, anchors] of [...anchorsOf].sort(([a], [b]) => compare(a, b))) {
      const domainNode = this.nodeIndex.get(`domain:${domain}`)!;
      if (anchors.size === 1) {
        this.unite(domainNode, this.nodeIndex.get(`anchor:${[...anchors][0]}`)!);
        continue;
      }
      const sortedAnchors = [...anchors].sort(compare);
      this.contested.set(domain, sortedAnchors);
      const unanchored = this.nodes[domainNode]!.keys.reduce((sum, key) => sum + key.count, 0);
      if (unanchored > 0) {
        this.problems.push({
          reason: `${domain} belongs to ${anchors.size} records already in the graph (${sortedAnchors.join(', ')}): ${this.records(unanchored)} with only that domain merged into neither.`,
        });
      }
    }
    this.stage1 = this.sets.roots();
  }

  /** An override's side: an anchor's id, a domain, or a name as written (normalised), in that order. */
  reference(text: string): Reference {
    const value = text.trim();
    if (value === '') return undefined;
    const anchor = this.nodeIndex.get(`anchor:${value}`);
    if (anchor !== undefined) return { node: anchor };
    const normalised = normaliseDomain(value);
    if (normalised !== undefined && 'domain' in normalised) {
      const anchors = this.contested.get(normalised.domain);
      if (anchors)
        return {
          problem: `${normalised.domain} belongs to ${anchors.length} records (${anchors.join(', ')}); name one by id`,
        };
      const domain = this.nodeIndex.get(`domain:${normalised.domain}`);
      if (domain !== undefined) return { node: domain };
    }
    const name = normaliseName(value);
    if (name === '') return undefined;
    const nameNode = this.nodeIndex.get(`name:${name}`);
    if (nameNode !== undefined) return { node: nameNode };
    const roots = [...new Set((this.nodesByName.get(name) ?? []).map((node) => this.stage1[node]!))];
    if (roots.length === 1) return { node: roots[0]! };
    if (roots.length > 1) {
      const labels = roots.map((root) => this.label(root, this.stage1Members())).sort(compare);
      return {
        problem: `${JSON.stringify(value)} names ${roots.length} ${this.kind} records (${labels.join(', ')}); name one by id or domain`,
      };
    }
    return undefined;
  }

  /** An anchor's id, else a domain, else a name of the component of `root` (members by root). */
  private label(root: number, members: ReadonlyMap<number, number[]>): string {
    const nodes = (members.get(root) ?? []).map((index) => this.nodes[index]!);
    const pick = (type: NodeType) =>
      nodes
        .filter((node) => node.type === type)
        .map((node) => node.value)
        .sort(compare)[0];
    return (
      pick('anchor') ??
      pick('domain') ??
      nodes.flatMap((node) => node.keys.map((key) => key.name)).sort(compare)[0] ??
      ''
    );
  }

  private stage1MembersMemo?: Map<number, number[]>;

  private stage1Members(): Map<number, number[]> {
    if (!this.stage1MembersMemo) this.stage1MembersMemo = membersOf(this.stage1);
    return this.stage1MembersMemo;
  }

  private membersNow(): Map<number, number[]> {
    return membersOf(this.sets.roots());
  }

  private banned(a: number, b: number): Override | undefined {
    const rootA = this.sets.find(a);
    const rootB = this.sets.find(b);
    for (const ban of this.bans) {
      const left = this.sets.find(ban.left);
      const right = this.sets.find(ban.right);
      if ((left === rootA && right === rootB) || (left === rootB && right === rootA)) return ban.override;
    }
    return undefined;
  }

  /** Stage 2: the user's overrides, bans first, then merges in the order given. */
  applyOverrides(overrides: readonly ResolvedOverride[]): void {
    // Reported in the order the overrides were given, though bans are applied first.
    const reported: { position: number; problem: MatchProblem }[] = [];
    const report = (resolved: ResolvedOverride, reason: string) =>
      reported.push({ position: overrides.indexOf(resolved), problem: { override: resolved.override, reason } });
    for (const resolved of overrides) {
      if (resolved.override.decision !== 'different') continue;
      if (this.sets.find(resolved.left) === this.sets.find(resolved.right)) {
        report(
          resolved,
          `${describe(resolved.override)}: both are one record by ${this.nodes[resolved.left]!.type === 'name' ? 'name' : 'domain or id'}, which an override cannot split; ignored.`,
        );
      } else this.bans.push(resolved);
    }
    for (const resolved of overrides) {
      if (resolved.override.decision !== 'same') continue;
      const rootA = this.sets.find(resolved.left);
      const rootB = this.sets.find(resolved.right);
      if (rootA === rootB) continue;
      const anchors = [this.anchorAt.get(rootA), this.anchorAt.get(rootB)];
      const ban = this.banned(rootA, rootB);
      if (anchors[0] !== undefined && anchors[1] !== undefined) {
        report(
          resolved,
          `${describe(resolved.override)}: would merge two records already in the graph (${anchors.join(', ')}); ignored.`,
        );
      } else if (ban) {
        report(resolved, `${describe(resolved.override)}: contradicts ${describe(ban)}; ignored, they stay apart.`);
      } else {
        this.unite(rootA, rootB);
        this.appliedSame.push(resolved);
      }
    }
    for (const { problem } of reported.sort((a, b) => a.position - b.position)) this.problems.push(problem);
    this.stage2 = this.sets.roots();
  }

  /** Stage 3: an anchored entity without a domain joins the one unanchored domain entity named like it. */
  absorbAnchors(): void {
    const members = this.membersNow();
    const contestedNodes = new Set([...this.contested.keys()].map((domain) => this.nodeIndex.get(`domain:${domain}`)!));
    const namesOf = (root: number) =>
      new Set(
        members
          .get(root)!
          .flatMap((node) => this.nodes[node]!.keys.map((key) => key.name))
          .filter((name) => name !== ''),
      );
    const hasDomain = (root: number) =>
      members.get(root)!.some((node) => this.nodes[node]!.keys.some((key) => this.effectiveDomain(key) !== undefined));
    const targetsByName = new Map<string, Set<number>>();
    for (const [root, nodes] of members) {
      if (this.anchorAt.get(root) !== undefined || !hasDomain(root) || nodes.some((node) => contestedNodes.has(node)))
        continue;
      for (const name of namesOf(root)) {
        const targets = targetsByName.get(name);
        if (targets) targets.add(root);
        else targetsByName.set(name, new Set([root]));
      }
    }
    const claims = new Map<number, { anchorRoot: number; name: string }[]>();
    for (const root of [...members.keys()].sort((a, b) => a - b)) {
      const anchor = this.anchorAt.get(root);
      if (anchor === undefined || hasDomain(root)) continue;
      const targets = new Map<number, string>();
      for (const name of [...namesOf(root)].sort(compare)) {
        for (const target of targetsByName.get(name) ?? [])
          if (!targets.has(target) && !this.banned(root, target)) targets.set(target, name);
      }
      if (targets.size === 0) continue;
      if (targets.size > 1) {
        const labels = [...targets.keys()].map((target) => this.label(target, members)).sort(compare);
        this.problems.push({
          reason: `${this.kind} ${anchor} has no domain and is named like ${targets.size} records (${labels.join(', ')}): merged with none.`,
        });
        continue;
      }
      const [target, name] = [...targets][0]!;
      const list = claims.get(target);
      if (list) list.push({ anchorRoot: root, name });
      else claims.set(target, [{ anchorRoot: root, name }]);
    }
    for (const [target, list] of [...claims].sort(([a], [b]) => a - b)) {
      if (list.length > 1) {
        const anchors = list.map(({ anchorRoot }) => this.anchorAt.get(anchorRoot)!).sort(compare);
        this.problems.push({
          reason: `${list.length} ${this.kind} records already in the graph without a domain (${anchors.join(', ')}) are named like ${this.label(target, members)}: merged with none.`,
        });
        continue;
      }
      const { anchorRoot, name } = list[0]!;
      const anchor = this.anchorAt.get(anchorRoot)!;
      const spelled = topSpellings(
        members.get(anchorRoot)!.flatMap((node) => this.nodes[node]!.keys.filter((key) => key.name === name)),
        1,
      )[0]!;
      this.unite(anchorRoot, target);
      this.absorbed.set(target, { anchor, spelled });
    }
  }

  /** Stage 4: each name node the overrides left alone joins the one entity carrying its name. */
  joinNames(): void {
    const members = this.membersNow();
    const joins: [number, number][] = [];
    for (const [index, node] of this.nodes.entries()) {
      if (node.type !== 'name' || members.get(this.sets.find(index))!.length > 1) continue;
      const carriers = new Set((this.nodesByName.get(node.value) ?? []).map((other) => this.sets.find(other)));
      const allowed = [...carriers].filter((root) => !this.banned(index, root)).sort((a, b) => a - b);
      if (allowed.length === 1) {
        const target = allowed[0]!;
        joins.push([index, target]);
        const spelled = topSpellings(
          members.get(target)!.flatMap((other) => this.nodes[other]!.keys.filter((key) => key.name === node.value)),
          1,
        )[0];
        if (spelled) this.joined.set(index, spelled);
      } else if (allowed.length > 1) this.ambiguous.set(index, allowed);
      else if (carriers.size > 0) this.keptApart.set(index, this.banned(index, [...carriers][0]!)!);
    }
    for (const [index, target] of joins) this.unite(index, target);
  }

  /** The entities, their ids and display names; then the problems of ambiguous names (which need the ids). */
  buildEntities(): void {
    const members = this.membersNow();
    const built: { root: number; entity: Omit<EntityRecord, 'id'>; order: string; text: string }[] = [];
    for (const [root, nodes] of [...members].sort(([a], [b]) => a - b)) {
      const keys = nodes.flatMap((node) => this.nodes[node]!.keys);
      if (keys.length === 0) continue; // a contested domain that only anchors carry
      const anchor = this.anchorAt.get(root);
      const domainCounts = new Map<string, number>();
      const nameCounts = new Map<string, number>();
      for (const key of keys) {
        const domain = this.effectiveDomain(key);
        if (domain !== undefined) domainCounts.set(domain, (domainCounts.get(domain) ?? 0) + key.count);
        if (key.name !== '') nameCounts.set(key.name, (nameCounts.get(key.name) ?? 0) + key.count);
      }
      const domains = byCount(domainCounts);
      const spellings = topSpellings(keys, Infinity);
      const anchorSpelling =
        anchor === undefined
          ? undefined
          : topSpellings(
              keys.filter((key) => key.anchor === anchor),
              1,
            )[0];
      // Records that carry a domain (a CRM row, a directory entry) spell the organisation more fully than
      // name-only ones (a rival listed as "Acme"): their spelling names it, the most frequent first.
      const withDomain = displaySpelling(
        topSpellings(
          keys.filter((key) => this.effectiveDomain(key) !== undefined),
          Infinity,
        ),
      );
      const name = anchorSpelling?.spelling ?? withDomain ?? displaySpelling(spellings) ?? domains[0] ?? anchor ?? '';
      const primaryName = byCount(nameCounts)[0] ?? '';
      const minKey = keys.map((key) => key.key).sort(compare)[0]!;
      built.push({
        root,
        entity: {
          name,
          ...(domains[0] !== undefined && { domain: domains[0] }),
          ...(anchor !== undefined && { anchorId: anchor }),
          names: spellings.map(({ spelling }) => spelling),
          domains,
          records: keys.reduce((sum, key) => sum + key.count, 0),
        },
        order: `${domains[0] !== undefined ? `0${domains[0]}` : `1${primaryName}`}\u0000${minKey}`,
        text: domains[0] ?? primaryName,
      });
    }
    const ids = assignIds(
      built.map(({ entity, order, text }) => ({
        ...(entity.anchorId !== undefined && { anchor: entity.anchorId }),
        order,
        text,
      })),
    );
    built.forEach(({ root, entity }, position) => {
      const record: EntityRecord = { id: ids[position]!, ...entity };
      this.entityByRoot[root] = record;
    });
    this.entityList = built.map(({ root }) => this.entityByRoot[root]!).sort((a, b) => compare(a.id, b.id));
    for (const [index, candidates] of [...this.ambiguous].sort(([a], [b]) => a - b)) {
      const node = this.nodes[index]!;
      const count = node.keys.reduce((sum, key) => sum + key.count, 0);
      const ids = candidates.map((candidate) => this.entityOf(candidate).id).sort(compare);
      this.problems.push({
        reason: `name ${JSON.stringify(node.value)} fits ${candidates.length} ${this.kind} records (${ids.join(', ')}): ${this.records(count)} with only that name kept apart as ${this.entityOf(index).id}.`,
      });
    }
    this.finish();
  }

  entities(): readonly EntityRecord[] {
    return this.entityList;
  }

  private entityOf(node: number): EntityRecord {
    return this.entityByRoot[this.sets.find(node)]!;
  }

  private candidate(entity: EntityRecord): { id: string; name: string; domain?: string } {
    return { id: entity.id, name: entity.name, ...(entity.domain !== undefined && { domain: entity.domain }) };
  }

  /** Whether pass 1 counted this key (it may still have nothing to match on). */
  knows(mention: MentionKey): boolean {
    return this.keys.has(mention.key);
  }

  /**
   * What lookups need, gathered once: final roots, keys per entity, the override that joined each
   * stage-1 component, the first name node that joined each entity. The rest of the stages'
   * working state is dropped, so a resolution keeps little beyond the keys and entities.
   */
  private facts?: {
    final: Int32Array;
    /** Keys per entity, indexed by root (arrays: a lookup reads several, and large maps cost cache misses). */
    keysByRoot: Int32Array;
    overrideBy: Map<number, ResolvedOverride>;
    joinedInto: Map<number, number>;
    /** Domain node → the anchor node it joined at stage 1. */
    domainAnchor: Map<number, number>;
    /** Contested domain → its candidates. */
    contestedCandidates: Map<string, { id: string; name: string; domain?: string }[]>;
  };

  private gatherFacts(): NonNullable<KindResolution['facts']> {
    const final = Int32Array.from(this.sets.roots());
    const keysByRoot = new Int32Array(final.length);
    final.forEach((root, index) => (keysByRoot[root] = keysByRoot[root]! + this.nodes[index]!.keys.length));
    const overrideBy = new Map<number, ResolvedOverride>();
    for (const applied of this.appliedSame) {
      for (const side of [applied.left, applied.right])
        if (!overrideBy.has(this.stage1[side]!)) overrideBy.set(this.stage1[side]!, applied);
    }
    const joinedInto = new Map<number, number>();
    for (const index of [...this.joined.keys()].sort((a, b) => a - b))
      if (!joinedInto.has(final[index]!)) joinedInto.set(final[index]!, index);
    const domainAnchor = new Map<number, number>();
    this.nodes.forEach((node, index) => {
      if (node.type !== 'anchor') return;
      for (const key of node.keys) {
        const domain = this.effectiveDomain(key);
        const domainNode = domain === undefined ? undefined : this.nodeIndex.get(`domain:${domain}`);
        if (domainNode !== undefined && this.stage1[domainNode] === this.stage1[index])
          domainAnchor.set(domainNode, index);
      }
    });
    const contestedCandidates = new Map<string, { id: string; name: string; domain?: string }[]>();
    for (const [domain, anchors] of this.contested) {
      contestedCandidates.set(
        domain,
        anchors.map((anchor) => this.candidate(this.entityByRoot[final[this.nodeIndex.get(`anchor:${anchor}`)!]!]!)),
      );
    }
    return { final, keysByRoot, overrideBy, joinedInto, domainAnchor, contestedCandidates };
  }

  /** Drops what only the stages needed. */
  private finish(): void {
    this.facts = this.gatherFacts();
    this.nodeIndex.clear();
    this.nodesByName.clear();
    this.stage1MembersMemo = undefined;
  }

  /**
   * The decision for a mention reduced to its key; undefined when pass 1 never counted the key or
   * it has nothing to match on (a crowded domain and no name). `how` is the rule that put the
   * mention with the others: its domain when other records carry that domain, else the override,
   * the anchor absorbed by name, or the name records that joined it; `new` when the entity is this
   * record alone (repeats of the same spelling included). Computed on each call rather than kept:
   * a decision per key would cost more memory than the keys themselves.
   */
  decide(mention: MentionKey): MatchDecision | undefined {
    const found = this.keyNode.get(mention.key);
    const facts = this.facts;
    if (found === undefined || facts === undefined) return undefined;
    const { node: index, stats } = found;
    const node = this.nodes[index]!;
    const root = facts.final[index]!;
    const entity = this.entityByRoot[root]!;
    const decision = (how: MatchDecision['how'], reason: string): MatchDecision => ({ id: entity.id, how, reason });
    if (node.type === 'anchor') return decision('anchor', `its own id ${node.value}`);
    if (node.type === 'domain') {
      const candidates = facts.contestedCandidates.get(node.value);
      if (candidates) {
        return {
          ...decision(
            'ambiguous',
            `${node.value} belongs to ${candidates.length} records already in the graph; merged with neither`,
          ),
          candidates: candidates.map((candidate) => ({ ...candidate })),
        };
      }
    } else {
      const candidates = this.ambiguous.get(index);
      if (candidates) {
        return {
          ...decision(
            'ambiguous',
            `name ${JSON.stringify(node.value)} fits ${candidates.length} records; merged with none`,
          ),
          candidates: candidates.map((candidate) => this.candidate(this.entityByRoot[facts.final[candidate]!]!)),
        };
      }
      const ban = this.keptApart.get(index);
      if (ban) return decision('override', `kept apart by ${describe(ban)}`);
    }
    if (facts.keysByRoot[root] === 1 && stats.spellings.size === 1) {
      // Other records written exactly alike (the same account in another file, or in other rows of an install base) are matches too.
      if (stats.count > 1) {
        const others = `${stats.count - 1} other record${stats.count === 2 ? '' : 's'} written the same`;
        return node.type === 'domain'
          ? decision('domain', `same domain ${node.value} as ${others}`)
          : decision('name', `same name as ${others}`);
      }
      return decision(
        'new',
        node.type === 'domain'
          ? `no other record has domain ${node.value}`
          : `no other record is named ${JSON.stringify(node.value)}`,
      );
    }
    // The records carrying the same domain (or, for a name node, the same name): its own keys, and the anchor's with that domain.
    const anchorNode = node.type === 'domain' ? facts.domainAnchor.get(index) : undefined;
    const carriers =
      anchorNode === undefined
        ? node.keys
        : [...node.keys, ...this.nodes[anchorNode]!.keys.filter((key) => key.domain === node.value)];
    const other = bestSpelling(carriers, mention.spelling);
    if (node.type === 'domain' && (other || carriers.length > 1)) {
      return decision(
        'domain',
        `same domain ${node.value} as ${other ? quote(other) : `record ${this.nodes[anchorNode!]!.value}`}`,
      );
    }
    const applied = facts.overrideBy.size === 0 ? undefined : facts.overrideBy.get(this.stage1[index]!);
    if (applied) return decision('override', describe(applied.override));
    const absorbed = this.absorbed.get(this.stage2[index]!);
    if (absorbed)
      return decision('name', `same name as ${quote(absorbed.spelled)}, already in the graph as ${absorbed.anchor}`);
    const target = this.joined.get(index);
    if (target) return decision('name', `same name as ${quote(target)}`);
    if (other) return decision('name', `same name as ${quote(other)}`);
    const joinedName = facts.joinedInto.get(root);
    if (joinedName !== undefined)
      return decision('name', `same name as ${quote(bestSpelling(this.nodes[joinedName]!.keys, undefined)!)}`);
    return decision('new', 'no other record has its domain or name');
  }
}

/**
 * The most frequent spelling among the keys other than `except` (ties: code-unit order), without
 * building a table: a lookup runs once per row. Counts are per key, which is what a reason needs.
 */
function bestSpelling(keys: readonly KeyStats[], except: string | undefined): Spelled | undefined {
  let best: string | undefined;
  let bestCount = 0;
  let bestSource: string | undefined;
  for (const key of keys) {
    for (const [spelling, seen] of key.spellings) {
      if (spelling === '' || spelling === except) continue;
      if (best === undefined || seen.count > bestCount || (seen.count === bestCount && spelling < best)) {
        best = spelling;
        bestCount = seen.count;
        bestSource = seen.source;
      }
    }
  }
  return best === undefined
    ? undefined
    : { spelling: best, count: bestCount, ...(bestSource !== undefined && { source: bestSource }) };
}

function quote({ spelling, source }: Spelled): string {
  return `${spelling === '' ? 'a record without a name' : JSON.stringify(spelling)}${source !== undefined ? ` (${source})` : ''}`;
}

export function describe(override: Override): string {
  return `override ${JSON.stringify(override.left)} ${override.decision} ${JSON.stringify(override.right)}${override.line !== undefined ? ` (line ${override.line})` : ''}`;
}

/**
 * The spelling an entity is shown by: the most frequent; among equals, one not written in capitals
 * alone ("Acme" over "ACME"), then the fullest ("Acme, Inc." over "Acme"), then code-unit order.
 */
function displaySpelling(spellings: readonly Spelled[]): string | undefined {
  const shouting = (text: string) => text === text.toUpperCase() && text !== text.toLowerCase();
  return [...spellings].sort(
    (a, b) =>
      b.count - a.count ||
      Number(shouting(a.spelling)) - Number(shouting(b.spelling)) ||
      b.spelling.length - a.spelling.length ||
      compare(a.spelling, b.spelling),
  )[0]?.spelling;
}

/** Keys' spellings summed, most frequent first, ties in code-unit order; '' (no name) left out. */
function topSpellings(keys: readonly KeyStats[], limit: number): Spelled[] {
  const merged = new Map<string, Spelled>();
  for (const key of keys) {
    for (const [spelling, { count, source }] of key.spellings) {
      if (spelling === '') continue;
      const seen = merged.get(spelling);
      if (!seen) merged.set(spelling, { spelling, count, ...(source !== undefined && { source }) });
      else {
        seen.count += count;
        if (source !== undefined && (seen.source === undefined || source < seen.source)) seen.source = source;
      }
    }
  }
  return [...merged.values()].sort((a, b) => b.count - a.count || compare(a.spelling, b.spelling)).slice(0, limit);
}

/** Node indices grouped by their root in a snapshot of roots. */
function membersOf(roots: readonly number[]): Map<number, number[]> {
  const members = new Map<number, number[]>();
  roots.forEach((root, index) => {
    const list = members.get(root);
    if (list) list.push(index);
    else members.set(root, [index]);
  });
  return members;
}

/** Keys of a count map, most counted first, ties in code-unit order. */
function byCount(counts: ReadonlyMap<string, number>): string[] {
  return [...counts].sort(([a, x], [b, y]) => y - x || compare(a, b)).map(([value]) => value);
}
