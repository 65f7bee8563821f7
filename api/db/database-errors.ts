import { Neo4jError } from 'neo4j-driver';
import { DatabaseUnavailableError, EntityGoneError, QueryTimeoutError } from '../errors.ts';

/**
 * What Neo4j's and the driver's errors mean, in one place: every Neo4j error
 * code the code base knows is here, so no other module reads `error.code`.
 * database.ts turns the errors every caller handles into the typed errors of
 * api/errors.ts (translateError); the few only one caller cares about are
 * asked with a predicate (a constraint refusing a second import lock, a
 * transaction out of memory).
 */

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** Neo4j's codes for a transaction that ran out of the memory it may use. */
const MEMORY_CODES = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError', // dbms.memory.transaction.total.max, all transactions together
  'Neo.TransientError.General.TransactionOutOfMemoryError', // db.memory.transaction.max, one transaction
  'Neo.TransientError.General.OutOfMemoryError', // the heap itself
]);

/** The driver gave up waiting for a free connection from its pool. */
const POOL_TIMEOUT = /Connection acquisition timed out/;

/** Neo4j error codes mapped once, here: DATABASE_UNAVAILABLE, QUERY_TIMEOUT, EntityGoneError, or the error as it was. */
export function translateError(error: unknown): unknown {
  if (error instanceof Neo4jError && UNAVAILABLE_CODES.has(error.code)) return new DatabaseUnavailableError(error);
  if (error instanceof Neo4jError && TIMEOUT_CODES.has(error.code)) return new QueryTimeoutError(error);
  if (
    error instanceof Neo4jError &&
    (error.code === 'Neo.ClientError.Statement.EntityNotFound' || /has been deleted/i.test(error.message))
  ) {
    return new EntityGoneError(error);
  }
  if (
    error instanceof Error &&
    (/ECONNREFUSED|Pool is closed/.test(error.message) || POOL_TIMEOUT.test(error.message))
  ) {
    return new DatabaseUnavailableError(error);
  }
  return error;
}

/** A uniqueness constraint refused the write (a node with that key is there already). */
export function isConstraintViolation(error: unknown): boolean {
  return error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}

/**
 * When Neo4j stopped a transaction for want of memory: its code and the first
 * line of its message, for a sentence that says which setting to raise;
 * undefined for any other error.
 */
export function outOfMemory(error: unknown): string | undefined {
  if (!(error instanceof Neo4jError && MEMORY_CODES.has(error.code))) return undefined;
  return `${error.code}: ${error.message.split('\n')[0]!.slice(0, 300)}`;
}

/** DATABASE_UNAVAILABLE because the driver's pool was busy (no connection came free in time), rather than Neo4j not answering. */
export function waitedForPool(error: DatabaseUnavailableError): boolean {
  const cause: unknown = error.cause;
  return cause instanceof Error && POOL_TIMEOUT.test(cause.message);
}
