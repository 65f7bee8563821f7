import { createApp, type App, type AppOptions } from '../../api/app.ts';
import type { Database } from '../../api/db/database.ts';

export interface GraphqlResponse<Data = Record<string, any>> {
  data?: Data | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

/** An API client over `app.fetch()`: the real schema and resolvers, no port. */
export function createClient(
  db: Database,
  options: Omit<AppOptions, 'db'> = {},
): {
  app: App;
  query: <Data = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<GraphqlResponse<Data>>;
} {
  const app = createApp({ db, ...options });
  return {
    app,
    query: async (query, variables = {}) => {
      const response = await app.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphqlResponse<any>;
    },
  };
}
