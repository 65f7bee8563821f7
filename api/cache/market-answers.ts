import { getOperationAST, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';

/**
 * Which answers depend only on the market as the last import or write left it
 * (its version), the arguments and the caller's role, and so may be kept
 * between requests. An allow-list, so anything new is answered afresh until
 * someone decides otherwise:
 * - root fields that read the market only (not shortlists and pins, which are
 *   user data changing outside imports; not `changes`, recorded after an
 *   import's version is set; not the import's status or report);
 * - types made of market data only. `EcosystemSummary` is kept because its
 *   figures change with the version; its `import` (ImportStatus, which changes
 *   while an import runs) is not on the list, so asking for it is never kept.
 */
const MARKET_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'company',
  'companies',
  'companiesConnection',
  'overlap',
  'complementarity',
  'conflicts',
  'partnerFit',
  'partnerFits',
  'candidates',
  'candidatesConnection',
  'ecosystem',
  'marketModel',
  'partnershipTypes',
  'segments',
  'capabilities',
  'introPaths',
  'whatIf',
  'whiteSpace',
  'ecosystemSummary',
]);

const MARKET_TYPES: ReadonlySet<string> = new Set([
  'Query',
  'Company',
  'Capability',
  'CompanyCapability',
  'Segment',
  'Customer',
  'Partnership',
  'PartnershipType',
  'Overlap',
  'StageCount',
  'Complementarity',
  'CompetingCapability',
  'Conflict',
  'PartnerFit',
  'FitTerm',
  'FitTerms',
  'Weights',
  'MarketModel',
  'TermWeight',
  'EcosystemGraph',
  'EcosystemNode',
  'EcosystemEdge',
  'PairFit',
  'IntroPath',
  'IntroParty',
  'IntroStep',
  'CountChange',
  'ShareChange',
  'WhatIf',
  'CoveredCapability',
  'PartnerSetConflict',
  'WhiteSpace',
  'CapabilityGap',
  'SegmentGap',
  'EcosystemSummary',
  'PageInfo',
  'CompanyConnection',
  'CompanyEdge',
  'PartnerFitConnection',
  'PartnerFitEdge',
  'CustomerConnection',
  'CustomerEdge',
]);

const verdicts = new WeakMap<DocumentNode, Map<string, boolean>>();

/** True when the operation is a query that reads market data only (see above); memoised per parsed document. */
export function readsMarketOnly(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
): boolean {
  let byOperation = verdicts.get(document);
  if (!byOperation) verdicts.set(document, (byOperation = new Map()));
  const name = operationName ?? '';
  const known = byOperation.get(name);
  if (known !== undefined) return known;
  const verdict = judge(schema, document, operationName);
  byOperation.set(name, verdict);
  return verdict;
}

function judge(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): boolean {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (operation?.operation !== 'query') return false;
  const typeInfo = new TypeInfo(schema);
  let marketOnly = true;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition(node) {
        // Only the operation that runs is judged.
        if (node !== operation) return false;
        return undefined;
      },
      Field(node) {
        if (node.name.value.startsWith('__')) {
          // __typename is part of any answer; introspection is not market data, and is cheap anyway.
          if (node.name.value !== '__typename') marketOnly = false;
          return undefined;
        }
        const parent = typeInfo.getParentType();
        if (
          !parent ||
          !MARKET_TYPES.has(parent.name) ||
          (parent.name === 'Query' && !MARKET_ROOT_FIELDS.has(node.name.value))
        )
          marketOnly = false;
        return undefined;
      },
    }),
  );
  return marketOnly;
}
