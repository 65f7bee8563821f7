import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Database } from './db/database.ts';
import { createContext, type ApiContext } from './graphql/context.ts';
import { createSchema } from './graphql/schema.ts';
import { useCsvExport } from './plugins/use-csv-export.ts';
import { useHealth } from './plugins/use-health.ts';
import { useStaticWeb } from './plugins/use-static-web.ts';

export interface AppOptions {
  db: Database;
  /** Folder of the built explorer to serve at `/`. Default: none (API only). */
  webRoot?: string;
}

export type App = YogaServerInstance<Record<string, never>, ApiContext>;

/**
 * Builds the HTTP application: GraphQL (with GraphiQL) at `/graphql`, the
 * health check at `/health`, CSV downloads under `/export/`, and the explorer at `/`. It does not listen:
 * tests call `app.fetch()`, and api/main.ts hands it to a Node server.
 */
export function createApp({ db, webRoot }: AppOptions): App {
  return createYoga<Record<string, never>, ApiContext>({
    schema: createSchema(),
    context: () => createContext(db),
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'PartnerGraph GraphQL' },
    // Expected failures are GraphQLErrors with a code; everything else becomes
    // "Unexpected error." with no stack, whatever NODE_ENV says.
    maskedErrors: { isDev: false },
    landingPage: false,
    // Yoga's own check (process alive) moves aside for ours, which also asks Neo4j.
    healthCheckEndpoint: '/health/live',
    plugins: [useHealth(db), useCsvExport(db), ...(webRoot ? [useStaticWeb(webRoot)] : [])],
  });
}
