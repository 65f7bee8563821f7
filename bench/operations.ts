/**
 * The four questions the bench times, asked as the explorer asks them
 * (web/src/api/queries.ts): the shortlist, the overlap and conflicts of the
 * detail panel, and the ecosystem map at its default size.
 */
export type OperationName = 'candidates' | 'overlap' | 'conflicts' | 'ecosystem';

export const OPERATION_NAMES: OperationName[] = ['candidates', 'overlap', 'conflicts', 'ecosystem'];

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

export const OPERATIONS: Record<OperationName, Operation> = {
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
    query: `query Ecosystem($focal: ID!, $first: Int) {
      ecosystem(focal: $focal, first: $first) {
        focal { id name }
        nodes { id label kind score size conflictSeverity sharedCustomers }
        edges { id source target kind weight }
      }
    }`,
    // The explorer's default map size (web/src/state/url-state.ts DEFAULT_MAP_SIZE).
    variables: (focal) => ({ focal, first: 25 }),
  },
};

/** The best-ranked candidate of a focal company: the one a strategist opens first. */
export const TOP_CANDIDATE = `query Top($focal: ID!) { candidates(focal: $focal, first: 1) { candidate { id } } }`;
export type TopCandidateData = { candidates: { candidate: { id: string } }[] };
