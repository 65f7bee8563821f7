import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types generated from the SDL (`npm run codegen`), never written by hand:
 * the resolvers' argument and result types, and the explorer's operation
 * types from the documents each feature declares beside itself, in
 * web/src/<feature>/<feature>-queries.ts. A test fails when a generated file
 * is stale (test/unit/generated-types.test.ts).
 */
const config: CodegenConfig = {
  schema: 'api/schema/*.graphql',
  overwrite: true,
  generates: {
    'api/graphql/generated/resolver-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        contextType: '../context.ts#ApiContext',
        // A record's own name may be a schema type's too (Conflict, AmbiguousRecord): imported as <name>Model.
        mapperTypeSuffix: 'Model',
        // A type without a mapper may be returned in part: the graph keeps no null
        // property, so a node read with `{.*}` lacks the ones it does not have.
        defaultMapper: 'Partial<{T}>',
        // Resolvers return the services' records; the GraphQL layer resolves the rest.
        mappers: {
          PartnerFit: '../../analysis/describe-fit.ts#DescribedFit',
          Shortlist: '../../shortlists/shortlist-store.ts#ShortlistRecord',
          ShortlistEntry: '../../fits/shortlist-fits.ts#ShortlistEntryFit',
          Company: '../../fits/company-loader.ts#CompanyNode',
          Conflict: '../../analysis/conflicts.ts#Conflict',
          PairFit: '../../fits/bulk-fits.ts#PairAnswer',
          EcosystemGraph: '../../fits/ecosystem-service.ts#EcosystemAnswer',
          Overlap: '../../fits/pair-service.ts#OverlapAnswer',
          MarketChange: '../../changes/change-store.ts#StoredChange',
          CompanyAccountsReport: '../../import/match-report.ts#CompanyAccounts',
          ImportFileReport: '../../import/match-report.ts#FileReport',
          AmbiguousRecord: '../../import/match-report.ts#AmbiguousRecord',
          IntroPath: '../../discovery/intro-service.ts#DescribedIntroPath',
          WhatIf: '../../discovery/what-if-service.ts#WhatIfAnswer',
          PartnerSetConflict: '../../discovery/what-if.ts#SetConflict',
          WhiteSpace: '../../discovery/white-space-service.ts#WhiteSpaceAnswer',
          PipelineItem: '../../pipeline/pipeline-store.ts#PipelineItemRecord',
          SignedPartnership: '../../pipeline/pipeline-store.ts#SignedPartnershipRecord',
          PlanGoal: '../../analysis/plan-progress.ts#GoalProgress',
          LedgerEntry: '../../ledger/ledger-entry.ts#StoredLedgerEntry',
          PartnerImpact: '../../pipeline/impact-service.ts#PartnerImpactRecord',
          PartnershipType: '../parents.ts#PartnershipTypeParent',
          Customer: '../parents.ts#CustomerParent',
          Capability: '../parents.ts#CapabilityParent',
          Segment: '../parents.ts#SegmentParent',
          Partnership: '../parents.ts#PartnershipParent',
          IntroStep: '../parents.ts#IntroStepParent',
          IntroParty: '../parents.ts#IntroPartyParent',
          ChangeCompany: '../parents.ts#ChangeCompanyParent',
          CoveredCapability: '../parents.ts#CoveredCapabilityParent',
          PartnerFitEdge: '../parents.ts#PartnerFitEdgeParent',
          PartnershipPlan: '../parents.ts#PlanView',
        },
        // The enums' internal values (api/graphql/resolvers/enums.ts): resolvers get and give the graph's words.
        enumValues: {
          Stage: '../../sources/stage-tables.ts#AccountStage',
          CapabilityLevel: '../../db/query-rows.ts#CapabilityLevel',
          PartnershipStatus: '../../db/query-rows.ts#PartnershipStatus',
        },
        scalars: { ID: 'string' },
      },
    },
    // The typed client example's operation types (docs/examples/typed-client.ts), as a tool would generate its own.
    'docs/examples/generated/typed-client.ts': {
      documents: 'docs/examples/typed-client.ts',
      plugins: ['typescript-operations'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        onlyOperationTypes: true,
        avoidOptionals: { field: true, inputValue: false },
        scalars: { ID: 'string' },
      },
    },
    'web/src/client/generated/operations.ts': {
      documents: 'web/src/**/*-queries.ts',
      plugins: ['typescript-operations'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        onlyOperationTypes: true,
        avoidOptionals: { field: true, inputValue: false },
        scalars: { ID: 'string' },
      },
    },
  },
};

export default config;
