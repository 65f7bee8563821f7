import type { Config } from '../api/config.ts';
import { createDatabase, type Database, type DatabaseConfig } from '../api/db/database.ts';
import { migrate } from '../api/db/migrate.ts';
import { startLocalNeo4j } from './neo4j/local-neo4j.ts';

/** Which local Neo4j to start when NEO4J_URI is not set. */
export interface LocalInstance {
  /** Store folder name under `.neo4j/`. */
  instance: string;
  /** Bolt port; `LOCAL_NEO4J_PORT` overrides it. */
  port: number;
}

/**
 * The local instance `npm start` and `npm run import` share. LOCAL_NEO4J_INSTANCE
 * names another store, so two datasets can live side by side (npm run start:fedramp).
 */
export const DEMO_INSTANCE: LocalInstance = { instance: process.env.LOCAL_NEO4J_INSTANCE || 'demo', port: 7687 };

export interface OpenDatabase {
  db: Database;
  config: DatabaseConfig;
  /** Closes the driver and stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

/**
 * Connects to the database the config names (NEO4J_URI and its companions), or
 * starts the project's local Neo4j when it names none; then applies the schema.
 * An unreachable database is retried with backoff before giving up.
 */
export async function openDatabase(
  local: LocalInstance,
  settings: Pick<Config, 'database' | 'queryTimeoutMs'> & { maxRetryTimeMs?: number },
  log = (line: string) => console.error(line),
): Promise<OpenDatabase> {
  const external = settings.database;
  const neo4j = external
    ? undefined
    : await startLocalNeo4j({
        instance: local.instance,
        boltPort: Number(process.env.LOCAL_NEO4J_PORT ?? local.port),
        log,
      });
  const config: DatabaseConfig = {
    ...(external ?? { uri: neo4j!.uri }),
    queryTimeoutMs: settings.queryTimeoutMs,
    ...(settings.maxRetryTimeMs && { maxRetryTimeMs: settings.maxRetryTimeMs }),
  };
  const db = createDatabase(config);
  const close = async (): Promise<void> => {
    await db.close();
    await neo4j?.stop();
  };
  try {
    await waitUntilAnswering(db, config.uri, log);
    await migrate(db);
  } catch (error) {
    await close();
    throw error;
  }
  return { db, config, close };
}

export interface RetryOptions {
  /** Pings before giving up. Default 6 (about 31 s of waiting). */
  attempts?: number;
  /** The first wait doubled: waits are 2×, 4×, 8×… this. Default 500 ms. */
  baseDelayMs?: number;
}

/** Pings until Neo4j answers, waiting twice as long each time, and says so on every retry. */
export async function waitUntilAnswering(
  db: Database,
  uri: string,
  log: (line: string) => void,
  { attempts = 6, baseDelayMs = 500 }: RetryOptions = {},
): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.ping();
    } catch (error) {
      if (attempt >= attempts) {
        throw new Error(
          `Neo4j at ${uri} does not answer after ${attempts} attempts. Check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD.`,
          { cause: error },
        );
      }
      const delay = baseDelayMs * 2 ** attempt;
      log(`Neo4j at ${uri} does not answer yet (attempt ${attempt}/${attempts}); retrying in ${delay / 1000}s…`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
