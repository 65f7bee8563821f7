/**
 * An operation the explorer sends: its text, typed with what GraphQL Code
 * Generator wrote for it (generated/operations.ts, from the documents in
 * web/src/<feature>/*-queries.ts). graphqlRequest and useApi read the result
 * and variable types off it, so no caller spells a result's shape. At run
 * time it is the plain string POSTed to /graphql, the fragments it spreads
 * appended to it.
 *
 * DocumentTypeDecoration is the typed-document interface codegen's own typed
 * documents implement, so a generated document would serve here unchanged.
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

export type Operation<Data, Variables> = string & DocumentTypeDecoration<Data, Variables>;
