/**
 * Warm-intro paths, joined and scored (docs/analyses.md, "Warm-intro paths").
 * cypher/discovery/intro-walk.cypher walks at most two partnerships from each
 * end and reads the references; this module joins the walks where they meet,
 * scores every path and keeps the strongest. Pure: no I/O.
 *
 * strength = Π link weights × ½^(hops − 1), where a link weighs
 * - 1 for an active partnership, ½ for a proposed one;
 * - 1 / (vendors − 1) for the step into a shared customer (a reference), with
 *   `vendors` the companies that have an account at it: a customer that buys
 *   from you two alone is the strongest reference;
 * - 1 for the step out of that customer to the company that also serves it.
 * So each extra hop halves a path's strength, and a proposed partnership
 * counts as much as a hop more.
 */

type IntroRelation = 'PARTNERSHIP' | 'CUSTOMER' | 'VENDOR';
export type PartyKind = 'COMPANY' | 'CUSTOMER';

/** A partnership link as the query returns it. */
export interface PartnershipLink {
  partnershipId: string;
  status: 'active' | 'proposed';
  since: string | null;
  typeId: string | null;
}

/** One step of a path: the party reached, and how the party before it leads there. */
export interface IntroStep {
  party: { kind: PartyKind; id: string };
  relation: IntroRelation;
  /** For PARTNERSHIP steps. */
  partnership: PartnershipLink | null;
  /** For CUSTOMER steps: companies with an account at the customer. */
  vendors: number | null;
  weight: number;
}

export interface IntroPath {
  /** From the first party after the focal company to the target. */
  steps: IntroStep[];
  hops: number;
  strength: number;
}

/** A chain of partnerships walked from one end: the companies after the start, and the links to each. */
export interface Half {
  companies: string[];
  links: PartnershipLink[];
}

/** A customer of one end that other companies, met by the other end's walk, also serve. */
export interface Reference {
  customer: string;
  vendors: number;
  met: string[];
}

export interface IntroWalks {
  focal: string;
  target: string;
  maxHops: number;
  fromFocal: Half[];
  fromTarget: Half[];
  focalReferences: Reference[];
  targetReferences: Reference[];
  /** Customers both ends serve. */
  shared: { customer: string; vendors: number }[];
}

const PROPOSED_WEIGHT = 0.5;
const HOP_DECAY = 0.5;

/** The weight of a reference: 1 / (vendors − 1), 1 when only the two companies serve it. */
export function referenceWeight(vendors: number): number {
  return 1 / Math.max(1, vendors - 1);
}

export function pathStrength(steps: IntroStep[]): number {
  return steps.reduce((product, step) => product * step.weight, 1) * HOP_DECAY ** (steps.length - 1);
}

const partnerStep = (company: string, link: PartnershipLink): IntroStep => ({
  party: { kind: 'COMPANY', id: company },
  relation: 'PARTNERSHIP',
  partnership: link,
  vendors: null,
  weight: link.status === 'active' ? 1 : PROPOSED_WEIGHT,
});

/** Focal → customer → company: the reference's two steps. */
const referenceSteps = (customer: string, vendors: number, company: string): IntroStep[] => [
  {
    party: { kind: 'CUSTOMER', id: customer },
    relation: 'CUSTOMER',
    partnership: null,
    vendors,
    weight: referenceWeight(vendors),
  },
  { party: { kind: 'COMPANY', id: company }, relation: 'VENDOR', partnership: null, vendors: null, weight: 1 },
];

/** A half walked from the focal company, as steps away from it. */
const forward = (half: Half): IntroStep[] =>
  half.companies.map((company, index) => partnerStep(company, half.links[index]!));

/** A half walked from the target, as steps from its far end towards the target. */
function backward(half: Half, target: string): IntroStep[] {
  if (half.companies.length === 0) return [];
  const companies = [...half.companies].reverse().slice(1).concat(target);
  const links = [...half.links].reverse();
  return companies.map((company, index) => partnerStep(company, links[index]!));
}

const endOf = (half: Half, start: string) => half.companies.at(-1) ?? start;

function byEnd(halves: Half[], start: string): Map<string, Half[]> {
  const map = new Map<string, Half[]>([[start, [{ companies: [], links: [] }]]]);
  for (const half of halves) {
    const end = endOf(half, start);
    map.set(end, [...(map.get(end) ?? []), half]);
  }
  return map;
}

/**
 * Every path the walks allow, at most `maxHops` long, visiting no party twice,
 * strongest first (ties: fewer hops, then the parties' ids), the first `first`.
 */
export function joinIntroPaths(walks: IntroWalks, first: number): IntroPath[] {
  const { focal, target, maxHops } = walks;
  const left = byEnd(walks.fromFocal, focal);
  const right = byEnd(walks.fromTarget, target);
  const found = new Map<string, IntroPath>();
  const add = (steps: IntroStep[]) => {
    const parties = [focal, ...steps.map((step) => step.party.id)];
    if (steps.length === 0 || steps.length > maxHops || new Set(parties).size !== parties.length) return;
    const key = steps
      .map((step) => `${step.party.kind}:${step.party.id}:${step.partnership?.partnershipId ?? ''}`)
      .join('>');
    if (!found.has(key)) found.set(key, { steps, hops: steps.length, strength: pathStrength(steps) });
  };

  // Partnerships all the way: the two walks meet at a company.
  for (const [meeting, lefts] of left) {
    for (const l of lefts) for (const r of right.get(meeting) ?? []) add([...forward(l), ...backward(r, target)]);
  }
  // A reference at the focal end: its customer also buys from a company the target's walk reaches.
  for (const reference of walks.focalReferences) {
    for (const company of reference.met) {
      for (const r of right.get(company) ?? [])
        add([...referenceSteps(reference.customer, reference.vendors, company), ...backward(r, target)]);
    }
  }
  // A reference at the target's end: a company the focal walk reaches serves one of the target's customers.
  for (const reference of walks.targetReferences) {
    for (const company of reference.met) {
      for (const l of left.get(company) ?? [])
        add([...forward(l), ...referenceSteps(reference.customer, reference.vendors, target)]);
    }
  }
  for (const { customer, vendors } of walks.shared) add(referenceSteps(customer, vendors, target));

  return [...found.entries()]
    .sort(
      ([keyX, x], [keyY, y]) => y.strength - x.strength || x.hops - y.hops || (keyX < keyY ? -1 : keyX > keyY ? 1 : 0),
    )
    .slice(0, first)
    .map(([, path]) => path);
}
