import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { DatabaseUnavailableError } from '../errors.ts';
import { translateError } from './database-errors.ts';

/** 30 s per transaction unless configured otherwise (QUERY_TIMEOUT_MS). */
const DEFAULT_QUERY_TIMEOUT_MS = 30_000;
import { loadQueries, type QueryName, type QueryRegistry } from './queries.ts';
import type { QueryRows } from './query-rows.ts';

/** How to reach Neo4j. */
export interface DatabaseConfig {
  /** `bolt://`, `neo4j://` (cluster routing) or their `+s` variants. */
  uri: string;
  /** Default `neo4j`. */
  username?: string;
  /** Default empty (the local Neo4j runs without auth). */
  password?: string;
  /** Passed on every session so the driver need not ask the server for the home database. Default: the server's default. */
  database?: string;
  /**
   * Longest a read or a write may run before Neo4j aborts it, in ms, so no query
   * can run away. Default 30,000 (the config's QUERY_TIMEOUT_MS). Writes that ask for
   * `serverTimeout` (imports, schema migration) get the server's own limit
   * instead (`db.transaction.timeout`, 120 s on the local Neo4j).
   */
  queryTimeoutMs?: number;
  /**
   * How long the driver keeps retrying a transaction that failed for a transient
   * reason (a lost connection, a cluster leader switch), in ms. Default 2,000:
   * when Neo4j is down a request answers DATABASE_UNAVAILABLE within seconds
   * instead of the driver's default 30.
   */
  maxRetryTimeMs?: number;
}

/** Options of one write transaction. */
export interface WriteOptions {
  /** Use the server's transaction timeout instead of `queryTimeoutMs`: for imports and migrations, which may run for minutes. Default false. */
  serverTimeout?: boolean;
}

/** A row of ad-hoc Cypher (`runText`); a named query's rows are typed by api/db/query-rows.ts. */
export type Row = Record<string, unknown>;
type Params = Record<string, unknown>;

/** The rows of the named query `N`, as cypher/<N>.cypher returns them. */
export type RowOf<N extends QueryName> = QueryRows[N];

/** A unit of write work: many named queries in one transaction, all or nothing. */
export interface WriteWork {
  run<N extends QueryName>(name: N, params?: Params): Promise<RowOf<N>[]>;
  /** For statements that are not named questions (schema migration, batched import). */
  runText(cypher: string, params?: Params, label?: string): Promise<Row[]>;
}

/**
 * The only module that opens driver sessions: named queries
 * in read or write transactions, tagged with the query name, with Neo4j's
 * integers turned into numbers and connection failures into DATABASE_UNAVAILABLE.
 */
export interface Database {
  read<N extends QueryName>(name: N, params?: Params): Promise<RowOf<N>[]>;
  /** One write transaction for everything `work` does. */
  write<T>(label: string, work: (tx: WriteWork) => Promise<T>, options?: WriteOptions): Promise<T>;
  /** Resolves when the database answers; rejects with DatabaseUnavailableError otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export function createDatabase(config: DatabaseConfig, queries: QueryRegistry = loadQueries()): Database {
  const driver = createDriver(config);
  // Every session shares one bookmark manager, so a read waits for the writes
  // this process made before it: on a cluster, a shortlist written and then read
  // back (or a ranking after an import) must not reach a reader that lacks them.
  const sessionConfig = { database: config.database || undefined, bookmarkManager: neo4j.bookmarkManager() };
  const queryTimeout = config.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS;

  const read = async <N extends QueryName>(name: N, params: Params = {}): Promise<RowOf<N>[]> => {
    const session = driver.session({ ...sessionConfig, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead((tx) => runNamed(tx, queries, name, params), {
        metadata: { query: name },
        timeout: queryTimeout,
      });
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  };

  const write = async <T>(
    label: string,
    work: (tx: WriteWork) => Promise<T>,
    options: WriteOptions = {},
  ): Promise<T> => {
    const session = driver.session({ ...sessionConfig, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(
        (tx) =>
          work({
            run: (name, params = {}) => runNamed(tx, queries, name, params),
            runText: (cypher, params = {}) => runText(tx, cypher, params),
          }),
        { metadata: { query: label }, ...(options.serverTimeout ? {} : { timeout: queryTimeout }) },
      );
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  };

  const ping = async (): Promise<void> => {
    try {
      await driver.verifyConnectivity(sessionConfig);
    } catch (error) {
      throw new DatabaseUnavailableError(error);
    }
  };

  return { read, write, ping, close: () => driver.close() };
}

function createDriver(config: DatabaseConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.username ?? 'neo4j', config.password ?? ''), {
    // Counts in this product stay far below 2^53: plain numbers at the boundary.
    disableLosslessIntegers: true,
    // Fail fast when the database is down instead of hanging a request.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    maxConnectionPoolSize: 50,
    maxTransactionRetryTime: config.maxRetryTimeMs ?? 2_000,
    userAgent: 'partnergraph',
  });
}

/**
 * Runs a named query. The one place its rows take their type: QueryRows says
 * what each Cypher file returns, and the driver cannot check it.
 */
async function runNamed<N extends QueryName>(
  tx: ManagedTransaction,
  queries: QueryRegistry,
  name: N,
  params: Params,
): Promise<RowOf<N>[]> {
  const cypher = queries.get(name);
  if (cypher === undefined) throw new Error(`Query "${name}" is not in the registry`);
  return (await runText(tx, cypher, params)) as RowOf<N>[];
}

async function runText(tx: ManagedTransaction, cypher: string, params: Params): Promise<Row[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((record) => record.toObject() as Row);
}

/** The values of one returned column. */
export function column<R extends Row, K extends keyof R>(rows: R[], name: K): R[K][] {
  return rows.map((row) => row[name]);
}
