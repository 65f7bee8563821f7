import type { DatabaseConfig } from './db/database.ts';
import { DEFAULT_MAX_FILE_BYTES } from './import/read-folder.ts';
import { securityOptionsFromEnv, type SecurityOptions } from './security/options.ts';
import type { WebhookSettings } from './changes/webhook.ts';

/**
 * Every setting PartnerGraph reads from its environment, read once at start-up
 * (README, "Configuration"; docs/security.md) and passed down as typed
 * options: nothing below this module reads process.env. A malformed value
 * stops start-up, naming the variable; every problem is reported together.
 */
export interface Config {
  /** HOST and PORT. */
  http: { host: string; port: number };
  /** NEO4J_URI and its companions; undefined when NEO4J_URI is not set (the local Neo4j is started). */
  database: DatabaseConfig | undefined;
  /** QUERY_TIMEOUT_MS, for every database opened. */
  queryTimeoutMs: number;
  /** IMPORT_MAX_FILE_MB, in bytes. */
  maxImportFileBytes: number;
  /** API_KEYS, EXPLORER_KEY, CORS_ORIGINS, ALLOWED_HOSTS and the limits. */
  security: SecurityOptions;
  /** WEBHOOK_URL and WEBHOOK_SECRET: where imports send their changes; undefined when WEBHOOK_URL is not set. */
  webhook: WebhookSettings | undefined;
}

const DEFAULT_QUERY_TIMEOUT_MS = 30_000;

class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const attempt = <T>(read: () => T, fallback: T): T => {
    try {
      return read();
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
      return fallback;
    }
  };
  const config: Config = {
    http: { host: env.HOST?.trim() || '127.0.0.1', port: attempt(() => port(env.PORT), 4000) },
    database: databaseConfig(env),
    queryTimeoutMs: attempt(() => queryTimeout(env.QUERY_TIMEOUT_MS), DEFAULT_QUERY_TIMEOUT_MS),
    maxImportFileBytes: attempt(() => maxFileBytes(env.IMPORT_MAX_FILE_MB), DEFAULT_MAX_FILE_BYTES),
    security: attempt(() => securityOptionsFromEnv(env), undefined as unknown as SecurityOptions),
    webhook: attempt(() => webhook(env.WEBHOOK_URL, env.WEBHOOK_SECRET), undefined),
  };
  // The explorer's uploads take the files `npm run import` takes.
  if (config.security)
    config.security = {
      ...config.security,
      uploads: { ...config.security.uploads, maxFileBytes: config.maxImportFileBytes },
    };
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return config;
}

/** PORT: 0 to 65535 (0 picks a free port); default 4000. */
function port(text: string | undefined): number {
  if (!text?.trim()) return 4000;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > 65_535)
    throw new Error(`PORT must be a port number from 0 to 65535, got "${text}"`);
  return value;
}

/** QUERY_TIMEOUT_MS (a whole number of ms > 0) or 30,000. */
function queryTimeout(text: string | undefined): number {
  if (!text?.trim()) return DEFAULT_QUERY_TIMEOUT_MS;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`QUERY_TIMEOUT_MS must be a whole number of milliseconds above 0, got "${text.trim()}"`);
  return value;
}

/** IMPORT_MAX_FILE_MB in bytes, or the default. */
function maxFileBytes(text: string | undefined): number {
  const trimmed = text?.trim();
  if (!trimmed) return DEFAULT_MAX_FILE_BYTES;
  const value = Number(trimmed);
  if (!Number.isFinite(value) || value <= 0 || !/^\d+(\.\d+)?$/.test(trimmed)) {
    throw new Error(`IMPORT_MAX_FILE_MB must be a number of megabytes above 0, got "${trimmed}"`);
  }
  return value * 1024 * 1024;
}

/** The shortest WEBHOOK_SECRET accepted: a guessable secret signs nothing. */
const MIN_WEBHOOK_SECRET = 16;

/** WEBHOOK_URL (http or https) with its WEBHOOK_SECRET, which it requires; undefined when the URL is not set. */
function webhook(url: string | undefined, secret: string | undefined): WebhookSettings | undefined {
  const trimmed = url?.trim();
  if (!trimmed) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new Error(`WEBHOOK_URL must be an http or https URL, got "${trimmed}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new Error(`WEBHOOK_URL must be an http or https URL, got "${trimmed}"`);
  if (!secret || secret.length < MIN_WEBHOOK_SECRET) {
    throw new Error(
      `WEBHOOK_SECRET must be set with WEBHOOK_URL, at least ${MIN_WEBHOOK_SECRET} characters: receivers check each body's signature with it`,
    );
  }
  return { url: parsed.toString(), secret };
}

/** The NEO4J_* variables; undefined when NEO4J_URI is not set. */
function databaseConfig(env: NodeJS.ProcessEnv): DatabaseConfig | undefined {
  if (!env.NEO4J_URI) return undefined;
  return {
    uri: env.NEO4J_URI,
    username: env.NEO4J_USERNAME ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE || undefined,
  };
}
