/**
 * The four questions the bench times, asked as the explorer asks them
 * (each feature's operations, indexed in web/src/operations.ts): the shortlist,
 * the overlap and conflicts of the detail panel, and the ecosystem map at its
 * default size.
 */
export type OperationName = CoreOperationName | DiscoveryOperationName;
export type CoreOperationName = 'candidates' | 'overlap' | 'conflicts' | 'ecosystem';
export type DiscoveryOperationName = 'introPaths' | 'introPathsDeep' | 'whatIf' | 'whiteSpace' | 'changes';

export const OPERATION_NAMES: CoreOperationName[] = ['candidates', 'overlap', 'conflicts', 'ecosystem'];
/**
 * The answers of issue 16, timed the same way: warm intros to the focal
 * company's best-ranked candidate (the explorer's default 3 hops, and the
 * deepest, 4), adding that candidate to its partner set, its white space, and
 * the changes of the bench's second import that concern it.
 */
export const DISCOVERY_OPERATION_NAMES: DiscoveryOperationName[] = [
  'introPaths',
  'introPathsDeep',
  'whatIf',
  'whiteSpace',
  'changes',
];

export interface Operation {
  name: OperationName;
  query: string;
  /** Variables for a focal company and the candidate it is compared with (its best-ranked one). */
  variables(focal: string, partner: string): Record<string, unknown>;
}

const CANDIDATE_FIT_FIELDS = `
  candidate { id name }
  score valueToFocal valueToCandidate
  synergy reach capabilityGain
  sharedCustomers conflictPenalty
  conflicts { kind severity }
  quadrant
  recommendedType { id name }`;

const OPERATIONS: Record<CoreOperationName, Operation> = {
  candidates: {
    name: 'candidates',
    query: `query Candidates($focal: ID!, $first: Int) { candidates(focal: $focal, first: $first) { ${CANDIDATE_FIT_FIELDS} } }`,
    variables: (focal) => ({ focal, first: 20 }),
  },
  overlap: {
    name: 'overlap',
    query: `query Overlap($a: ID!, $b: ID!) { overlap(a: $a, b: $b) { sharedCount jaccard shareOfA shareOfB matrix { stageA stageB count } } }`,
    variables: (focal, partner) => ({ a: focal, b: partner }),
  },
  conflicts: {
    name: 'conflicts',
    query: `query Conflicts($a: ID!, $b: ID!) { conflicts(a: $a, b: $b) { kind severity explanation via { id name } capability { id name } } }`,
    variables: (focal, partner) => ({ a: focal, b: partner }),
  },
  ecosystem: {
    name: 'ecosystem',
    query: `query Ecosystem($focal: ID!, $first: Int, $linksAmongOthers: Boolean) {
      ecosystem(focal: $focal, first: $first, linksAmongOthers: $linksAmongOthers) {
        focal { id name }
        nodes { id label kind score size conflictSeverity sharedCustomers }
        edges { id source target kind weight }
      }
    }`,
    // The explorer's default map: its size (web/src/state/url-state.ts DEFAULT_MAP_SIZE),
    // "Links among the others" off (web/src/map/MapView.tsx).
    variables: (focal) => ({ focal, first: 25, linksAmongOthers: false }),
  },
};

const INTRO_PATH_FIELDS = `hops strength sentence steps { party { kind id name } relation partnershipId status since vendors weight }`;

const DISCOVERY_OPERATIONS: Record<DiscoveryOperationName, Operation> = {
  introPaths: {
    name: 'introPaths',
    query: `query IntroPaths($focal: ID!, $target: ID!) { introPaths(focal: $focal, target: $target) { ${INTRO_PATH_FIELDS} } }`,
    variables: (focal, partner) => ({ focal, target: partner }),
  },
  introPathsDeep: {
    name: 'introPathsDeep',
    query: `query IntroPathsDeep($focal: ID!, $target: ID!) { introPaths(focal: $focal, target: $target, maxHops: 4, first: 20) { ${INTRO_PATH_FIELDS} } }`,
    variables: (focal, partner) => ({ focal, target: partner }),
  },
  whatIf: {
    name: 'whatIf',
    query: `query WhatIf($focal: ID!, $add: [ID!]) {
      whatIf(focal: $focal, add: $add) {
        marketCustomers reachableCustomers { today whatIf change } reachableShare { today whatIf change }
        capabilityCount { today whatIf change } capabilities { capability { id name } new }
        conflictCount { today whatIf change } conflicts { kind new explanation }
      }
    }`,
    variables: (focal, partner) => ({ focal, add: [partner] }),
  },
  whiteSpace: {
    name: 'whiteSpace',
    query: `query WhiteSpace($focal: ID!) {
      whiteSpace(focal: $focal) {
        customers
        capabilities { capability { id name } customersReached share vendors bestCandidate { candidate { id name } score } }
        segments { segment { id name } bestCandidate { candidate { id name } score } }
      }
    }`,
    variables: (focal) => ({ focal }),
  },
  changes: {
    name: 'changes',
    query: `query Changes($focal: ID) { changes(focal: $focal) { kind sentence concerns before after importedAt } }`,
    variables: (focal) => ({ focal }),
  },
};

/** Every operation the bench times, by name. */
export const ALL_OPERATIONS: Record<OperationName, Operation> = { ...OPERATIONS, ...DISCOVERY_OPERATIONS };

/** The best-ranked candidate of a focal company: the one a strategist opens first. */
export const TOP_CANDIDATE = `query Top($focal: ID!) { candidates(focal: $focal, first: 1) { candidate { id } } }`;
export type TopCandidateData = { candidates: { candidate: { id: string } }[] };
