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
        // Resolvers return the fit service's records; the GraphQL layer resolves the rest.
        mappers: {
          PartnerFit: '../../analysis/describe-fit.ts#DescribedFit',
          Shortlist: '../../shortlists/shortlist-store.ts#ShortlistRecord',
          ShortlistEntry: '../../fits/shortlist-fits.ts#ShortlistEntryFit',
        },
        scalars: { ID: 'string' },
      },
    },
    // The typed client example's operation types (docs/examples/typed-client.ts), as a tool would generate its own.
    'docs/examples/generated/typed-client.ts': {
      documents: 'docs/examples/typed-client.ts',
      plugins: ['typescript-operations'],
      config: { useTypeImports: true, enumsAsTypes: true, onlyOperationTypes: true, avoidOptionals: { field: true, inputValue: false }, scalars: { ID: 'string' } },
    },
    'web/src/client/generated/operations.ts': {
      documents: 'web/src/**/*-queries.ts',
      plugins: ['typescript-operations'],
      config: { useTypeImports: true, enumsAsTypes: true, onlyOperationTypes: true, avoidOptionals: { field: true, inputValue: false }, scalars: { ID: 'string' } },
    },
  },
};

export default config;
