import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { WebhookSettings } from './changes/webhook.ts';
import type { Database } from './db/database.ts';
import { failFast } from './db/fail-fast.ts';
import { createContext, requestCappedDatabase, type ApiContext } from './graphql/context.ts';
import { createSchema } from './graphql/schema.ts';
import { createRequestAuthenticator, useAuth } from './plugins/use-auth.ts';
import { useCsrfPrevention } from './plugins/use-csrf.ts';
import { useConnectionHygiene } from './plugins/use-connection-hygiene.ts';
import { useCsvExport } from './plugins/use-csv-export.ts';
import { useDataUpload } from './plugins/use-data-upload.ts';
import { useHealth } from './plugins/use-health.ts';
import { useHostCheck } from './plugins/use-host-check.ts';
import { useQueryLimits } from './plugins/use-query-limits.ts';
import { useRateLimit } from './plugins/use-rate-limit.ts';
import { useResponseCache, type ResponseCacheOptions } from './plugins/use-response-cache.ts';
import { dataBoundsFor } from './security/data-bounds.ts';
import type { BoundsSource } from './security/operation-shape.ts';
import { useStaticWeb } from './plugins/use-static-web.ts';
import { usePipelineCsv } from './pipeline/use-pipeline-csv.ts';
import { createKeyring } from './security/api-keys.ts';
import { DEFAULT_SECURITY, type SecurityOptions } from './security/options.ts';
import { createRateLimiter } from './security/rate-limiter.ts';

export interface AppOptions {
  db: Database;
  /** Folder of the built explorer to serve at `/`. Default: none (API only). */
  webRoot?: string;
  /**
   * Keys, limits, CORS and the rest of docs/security.md; omitted fields keep
   * their defaults (no keys, every limit on). scripts/start.ts reads them from
   * the environment with readConfig (api/config.ts).
   */
  security?: Partial<SecurityOptions>;
  /** Where writes through the API send their changes, as imports do (WEBHOOK_URL, WEBHOOK_SECRET). Default: none. */
  webhook?: WebhookSettings;
  /** Answers kept per market version (api/plugins/use-response-cache.ts). Default on, 5,000 answers, 64 MiB. */
  responseCache?: Partial<ResponseCacheOptions>;
}

/** What GraphiQL shows a newcomer first: a question every market answers. */
const GRAPHIQL_FIRST_QUERY = `# Which market is loaded, and what does its ranking learn from?
{
  ecosystemSummary { name companies customers partnerships }
  marketModel { summary }
}
`;

export type App = YogaServerInstance<Record<string, never>, ApiContext>;

/**
 * Builds the HTTP application: GraphQL (with GraphiQL) at `/graphql`, the
 * health check at `/health`, CSV downloads under `/export/`, and the explorer at `/`. It does not listen:
 * tests call `app.fetch()`, and scripts/start.ts hands it to a Node server.
 *
 * The plugins run in this order on a request: host check, health (open),
 * CSRF, keys, query limits, rate limit, then the CSV downloads and the
 * explorer's files, so nothing reaches data without passing the checks.
 */
export function createApp({ db: database, webRoot, security = {}, webhook, responseCache }: AppOptions): App {
  const options: SecurityOptions = { ...DEFAULT_SECURITY, ...security };
  // While Neo4j is down, requests answer DATABASE_UNAVAILABLE at once instead of each waiting on the driver.
  // At most a few transactions at once per request (api/db/request-transactions.ts), for GraphQL and the CSV routes alike.
  const db = requestCappedDatabase(failFast(database));
  const keyring = createKeyring(options.apiKeys);
  const authenticate = createRequestAuthenticator(keyring);
  // The data's list sizes, for the cost of an operation (docs/security.md, "Cost"): the market's per version, shortlists' per request.
  const bounds: BoundsSource = (args) =>
    dataBoundsFor(
      db,
      (args.contextValue as { request?: Request }).request ?? (args.contextValue as object),
      args.document,
      args.variableValues ?? {},
    );
  return createYoga<Record<string, never>, ApiContext>({
    schema: createSchema(),
    context: ({ request }) => {
      const auth = authenticate(request);
      return createContext(db, { actor: auth.ok ? auth.principal.name : 'local', webhook });
    },
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'PartnerGraph GraphQL', defaultQuery: GRAPHIQL_FIRST_QUERY },
    // GraphiQL's page and scripts come from our own dependencies, not a CDN:
    // partnership data often lives on machines without internet access.
    renderGraphiQL,
    // Expected failures are GraphQLErrors with a code; everything else becomes
    // "Unexpected error." with no stack, whatever NODE_ENV says.
    maskedErrors: { isDev: false },
    landingPage: false,
    // Yoga's own check (process alive) moves aside for ours, which also asks Neo4j.
    healthCheckEndpoint: '/health/live',
    // Bodies over the limit get 413 REQUEST_ENTITY_TOO_LARGE: at once when
    // Content-Length says so, else as soon as the stream passes the limit.
    maxRequestBodySize: options.maxBodyBytes,
    // No file uploads here: one body parser fewer to attack.
    multipart: false,
    // Closed unless origins are listed: a page elsewhere cannot read the API.
    cors:
      options.corsOrigins.length === 0
        ? false
        : {
            origin: options.corsOrigins,
            methods: ['GET', 'POST'],
            allowedHeaders: ['content-type', 'authorization', 'x-partnergraph-csrf'],
            credentials: false,
            maxAge: 600,
          },
    plugins: [
      useConnectionHygiene(),
      useHostCheck(options.allowedHosts),
      useHealth(db),
      useCsrfPrevention(options.csrfPrevention),
      useAuth(keyring, authenticate),
      // Limits before the rate limit: a refused operation spends no token.
      // A kept answer is served before the operation is parsed, measured or run (keys are checked before it).
      useResponseCache(db, authenticate, responseCache),
      useQueryLimits(options.queryLimits, bounds),
      useRateLimit(createRateLimiter(options.rateLimit), authenticate, bounds),
      useCsvExport(db),
      usePipelineCsv(db),
      useDataUpload(db, authenticate, options, webhook),
      ...(webRoot ? [useStaticWeb(webRoot, { explorerKey: options.explorerKey })] : []),
    ],
  });
}
