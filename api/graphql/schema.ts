import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { analysisResolvers } from './resolvers/analysis.ts';
import { catalogueResolvers } from './resolvers/catalogue.ts';
import { companyResolvers } from './resolvers/company.ts';
import { ecosystemResolvers } from './resolvers/ecosystem.ts';
import { shortlistResolvers } from './resolvers/shortlists.ts';
import { enumResolvers } from './resolvers/enums.ts';
import { overlapResolvers } from './resolvers/overlap.ts';
import { introPathResolvers } from './resolvers/intro-paths.ts';
import { whatIfResolvers } from './resolvers/what-if.ts';
import { changeResolvers } from './resolvers/changes.ts';
import { whiteSpaceResolvers } from './resolvers/white-space.ts';
import { importReportResolvers } from './resolvers/import-report.ts';
import { writeResolvers } from './resolvers/writes.ts';
import { pipelineResolvers } from './resolvers/pipeline.ts';
import { pageResolvers } from './resolvers/pages.ts';
import { bulkResolvers } from './resolvers/bulk.ts';
import { withClearMisses } from './misses.ts';

const SDL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../schema');

/** The SDL files of `api/schema/`, in name order. */
function loadTypeDefs(): string[] {
  return readdirSync(SDL_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(join(SDL_DIR, file), 'utf8'));
}

export function createSchema(): GraphQLSchema {
  const schema = makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: [
      enumResolvers,
      companyResolvers,
      overlapResolvers,
      catalogueResolvers,
      analysisResolvers,
      ecosystemResolvers,
      shortlistResolvers,
      introPathResolvers,
      whatIfResolvers,
      whiteSpaceResolvers,
      changeResolvers,
      importReportResolvers,
      writeResolvers,
      pipelineResolvers,
      pageResolvers,
      bulkResolvers,
    ],
  });
  // Unknown ids answer NOT_FOUND naming the argument, in every query and mutation (README, "Errors").
  return withClearMisses(schema);
}
