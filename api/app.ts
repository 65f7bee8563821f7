import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Database } from './db/database.ts';
import type { ApiContext } from './graphql/context.ts';
import { createSchema } from './graphql/schema.ts';
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
 * health check at `/health`, and the explorer at `/`. It does not listen:
 * tests call `app.fetch()`, and api/main.ts hands it to a Node server.
 */
export function createApp({ db, webRoot }: AppOptions): App {
  return createYoga<Record<string, never>, ApiContext>({
    schema: createSchema(),
    context: () => ({ db }),
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'PartnerGraph GraphQL' },
    // Expected failures are GraphQLErrors with a code; everything else becomes
    // "Unexpected error." with no stack, whatever NODE_ENV says.
    maskedErrors: { isDev: false },
    landingPage: false,
    plugins: [useHealth(db), ...(webRoot ? [useStaticWeb(webRoot)] : [])],
  });
}
