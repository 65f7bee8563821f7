import { parseApiKeys, type ApiKeyEntry } from './api-keys.ts';
import type { RateLimitOptions } from './rate-limiter.ts';
import { DEFAULT_UPLOAD_SETTINGS, type UploadSettings } from '../uploads/upload-settings.ts';

/** Limits on the shape of one GraphQL operation (each refused with QUERY_TOO_COMPLEX). */
export interface QueryLimits {
  /** Deepest field nesting, leaves included. Default 10 (the explorer needs 5). */
  maxDepth: number;
  /** Estimated objects in the response plus 100 a walk of the market (api/security/operation-analysis.ts). Default 10,000 (the explorer's largest request, the 300-node map, costs 6,700). */
  maxCost: number;
  /** Aliased fields per operation. Default 15. */
  maxAliases: number;
  /** Lexical tokens per document, enforced while parsing. Default 1,000 (GraphiQL's introspection query has 184). */
  maxTokens: number;
}

/** Everything docs/security.md describes, in one object; createApp takes it, start.ts reads it from the environment. */
export interface SecurityOptions {
  /** Keys and their roles. Default none: the API is open to whoever reaches it, so it listens on loopback only. */
  apiKeys: ApiKeyEntry[];
  /** One of `apiKeys` that the explorer's page carries, so the explorer can call the API. Default none. */
  explorerKey?: string;
  /** Origins whose pages may call the API (CORS). Default none: only the explorer's own origin. */
  corsOrigins: string[];
  /**
   * Host header values answered (port ignored); others get 403, which stops DNS rebinding. From the
   * environment: the local names on loopback; elsewhere required when EXPLORER_KEY is set, else any.
   */
  allowedHosts?: string[];
  /** Default: see QueryLimits. */
  queryLimits: QueryLimits;
  /** Largest request body, in bytes; larger ones get 413 before parsing. Default 100,000. */
  maxBodyBytes: number;
  /** Walks of the market (EXPENSIVE_FIELDS each time resolved, and CSV exports; api/security/operation-shape.ts) per key or address. Default 240 a minute, bursts of 60. */
  rateLimit: RateLimitOptions;
  /** Refuse GraphQL requests a browser could send cross-site without a preflight. Default true. */
  csrfPrevention: boolean;
  /**
   * The explorer's uploads (api/uploads/): largest file (IMPORT_MAX_FILE_MB, filled in by readConfig), files an
   * upload may hold, where they are kept and for how long.
   */
  uploads: UploadSettings;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 10, maxCost: 10_000, maxAliases: 15, maxTokens: 1_000 };

export const DEFAULT_SECURITY: SecurityOptions = {
  apiKeys: [],
  corsOrigins: [],
  queryLimits: DEFAULT_QUERY_LIMITS,
  maxBodyBytes: 100_000,
  rateLimit: { perMinute: 240, burst: 60 },
  csrfPrevention: true,
  uploads: DEFAULT_UPLOAD_SETTINGS,
};

/** Host names that only ever mean this machine. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '::1', '[::1]'];

/** True for addresses that only this machine can reach. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  return bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}

/**
 * Reads the variables of docs/security.md. A malformed value stops start-up
 * with its name: a typo must not quietly leave a limit at a default.
 */
export function securityOptionsFromEnv(env: NodeJS.ProcessEnv): SecurityOptions {
  const apiKeys = parseApiKeys(env.API_KEYS);
  const explorerKey = env.EXPLORER_KEY?.trim() || undefined;
  if (explorerKey && !apiKeys.some((entry) => entry.key === explorerKey)) {
    throw new Error('EXPLORER_KEY must be one of the keys in API_KEYS');
  }
  const host = env.HOST?.trim() || '127.0.0.1';
  const hosts = list(env.ALLOWED_HOSTS);
  if (explorerKey) checkExplorerKeyHosts(host, hosts);
  return {
    apiKeys,
    explorerKey,
    corsOrigins: list(env.CORS_ORIGINS).map(checkOrigin),
    // On loopback only local names are expected. Elsewhere, without EXPLORER_KEY, any: every
    // request for data needs a key that a rebinding page does not have.
    allowedHosts: hosts.includes('*')
      ? undefined
      : hosts.length > 0
        ? hosts
        : isLoopback(host)
          ? LOOPBACK_HOSTS
          : undefined,
    queryLimits: {
      maxDepth: whole(env, 'MAX_QUERY_DEPTH', DEFAULT_QUERY_LIMITS.maxDepth, 1),
      maxCost: whole(env, 'MAX_QUERY_COST', DEFAULT_QUERY_LIMITS.maxCost, 1),
      maxAliases: whole(env, 'MAX_QUERY_ALIASES', DEFAULT_QUERY_LIMITS.maxAliases, 0),
      maxTokens: whole(env, 'MAX_QUERY_TOKENS', DEFAULT_QUERY_LIMITS.maxTokens, 50),
    },
    maxBodyBytes: whole(env, 'MAX_BODY_BYTES', DEFAULT_SECURITY.maxBodyBytes, 1_000),
    rateLimit: {
      perMinute: whole(env, 'RATE_LIMIT_PER_MINUTE', DEFAULT_SECURITY.rateLimit.perMinute, 0),
      burst: whole(env, 'RATE_LIMIT_BURST', DEFAULT_SECURITY.rateLimit.burst, 1),
    },
    csrfPrevention: true,
    uploads: DEFAULT_UPLOAD_SETTINGS,
  };
}

/**
 * The explorer's page carries EXPLORER_KEY to whoever loads it. A hostile page
 * can point its own domain at this server (DNS rebinding) and load it as
 * same-origin, unless the Host check refuses that domain; so serving the key
 * needs a Host allow-list. On loopback the local names are the default list;
 * on any other HOST the operator must name the hosts, and `*` (no check) is
 * refused wherever the key is served.
 */
function checkExplorerKeyHosts(host: string, allowedHosts: string[]): void {
  if (allowedHosts.includes('*')) {
    throw new Error(
      'ALLOWED_HOSTS=* cannot be used with EXPLORER_KEY: a web page that points its own domain at this server (DNS rebinding) could read the key; list the host names instead.',
    );
  }
  if (allowedHosts.length === 0 && !isLoopback(host)) {
    throw new Error(
      `EXPLORER_KEY is served on HOST=${host}, so ALLOWED_HOSTS must list the host names the explorer is reached by (for example ALLOWED_HOSTS=graph.example.com): ` +
        'without that list, a web page that points its own domain at this server (DNS rebinding) could read the key.',
    );
  }
}

function list(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name} must be a whole number ≥ ${min}, got "${text}"`);
  return value;
}

/** An origin is scheme://host[:port], exactly as browsers send it in the Origin header. */
function checkOrigin(origin: string): string {
  if (origin === '*') throw new Error('CORS_ORIGINS must list origins; "*" would let any web page read partner data');
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    throw new Error(`CORS_ORIGINS: "${origin}" is not an origin like https://crm.example.com`);
  }
  if (parsed.origin !== origin.replace(/\/$/, ''))
    throw new Error(`CORS_ORIGINS: "${origin}" is not an origin like https://crm.example.com (no path)`);
  return parsed.origin;
}
