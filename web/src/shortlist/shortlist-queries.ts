/** Saved shortlists: listed, opened with their current fits, and changed. */
import type * as Op from '../client/generated/operations.ts';
import type { Operation } from '../client/operation.ts';
import { CANDIDATE_FIT } from '../fit/fit-queries.ts';

const SHORTLIST_SUMMARY_FIELDS = /* GraphQL */ `
  fragment ShortlistSummaryFields on Shortlist {
    id
    name
    createdAt
    csvUrl
    focal {
      id
      name
    }
    entryCount
    candidateIds
  }
`;

/** The focal company's shortlists without their fits: cheap, and enough to list and choose them. */
const SHORTLISTS_OPERATION = /* GraphQL */ `
  query Shortlists($focal: ID, $first: Int) {
    shortlists(focal: $focal, first: $first) {
      ...ShortlistSummaryFields
    }
  }
`;

export const SHORTLISTS: Operation<Op.ShortlistsQuery, Op.ShortlistsQueryVariables> =
  SHORTLISTS_OPERATION + SHORTLIST_SUMMARY_FIELDS;

/** One shortlist's pins with their current fits (a shortlist holds at most 100). */
const SHORTLIST_ENTRIES_OPERATION = /* GraphQL */ `
  query ShortlistEntries($id: ID!, $weights: FitWeights) {
    shortlist(id: $id) {
      ...ShortlistSummaryFields
      entries(weights: $weights, first: 100) {
        candidateId
        inGraph
        candidate {
          id
          name
        }
        note
        addedAt
        fit {
          ...CandidateFitFields
        }
      }
    }
  }
`;

export const SHORTLIST_ENTRIES: Operation<Op.ShortlistEntriesQuery, Op.ShortlistEntriesQueryVariables> =
  SHORTLIST_ENTRIES_OPERATION + SHORTLIST_SUMMARY_FIELDS + CANDIDATE_FIT;

const CREATE_SHORTLIST_OPERATION = /* GraphQL */ `
  mutation CreateShortlist($name: String!, $focal: ID!) {
    createShortlist(name: $name, focal: $focal) {
      ...ShortlistSummaryFields
    }
  }
`;

export const CREATE_SHORTLIST: Operation<Op.CreateShortlistMutation, Op.CreateShortlistMutationVariables> =
  CREATE_SHORTLIST_OPERATION + SHORTLIST_SUMMARY_FIELDS;

export const RENAME_SHORTLIST: Operation<Op.RenameShortlistMutation, Op.RenameShortlistMutationVariables> =
  /* GraphQL */ `
    mutation RenameShortlist($id: ID!, $name: String!) {
      renameShortlist(id: $id, name: $name) {
        id
        name
      }
    }
  `;

export const DELETE_SHORTLIST: Operation<Op.DeleteShortlistMutation, Op.DeleteShortlistMutationVariables> =
  /* GraphQL */ `
    mutation DeleteShortlist($id: ID!) {
      deleteShortlist(id: $id)
    }
  `;

export const ADD_TO_SHORTLIST: Operation<Op.AddToShortlistMutation, Op.AddToShortlistMutationVariables> =
  /* GraphQL */ `
    mutation AddToShortlist($id: ID!, $candidate: ID!, $note: String) {
      addToShortlist(id: $id, candidate: $candidate, note: $note) {
        id
      }
    }
  `;

export const REMOVE_FROM_SHORTLIST: Operation<Op.RemoveFromShortlistMutation, Op.RemoveFromShortlistMutationVariables> =
  /* GraphQL */ `
    mutation RemoveFromShortlist($id: ID!, $candidate: ID!) {
      removeFromShortlist(id: $id, candidate: $candidate) {
        id
      }
    }
  `;
