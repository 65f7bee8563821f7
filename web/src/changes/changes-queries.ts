/** The notice of what imports changed since the last visit. */
import type * as Op from '../client/generated/operations.ts';
import type { Operation } from '../client/operation.ts';

/** What imports changed for the focal company since a moment (or, without one, in the last import). */
export const CHANGES: Operation<Op.ChangesQuery, Op.ChangesQueryVariables> = /* GraphQL */ `
  query Changes($focal: ID!, $since: String, $first: Int) {
    changes(focal: $focal, since: $since, first: $first) {
      kind
      importId
      importedAt
      dataset
      sentence
    }
  }
`;
