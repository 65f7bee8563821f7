import { createHash } from 'node:crypto';
import { apiError, badInput } from '../errors.ts';

/**
 * Opaque page cursors (GraphQL Cursor Connections). A cursor names the list it
 * belongs to (its kind and a fingerprint of the arguments that define it) and
 * where in it a page ended. Two kinds of position:
 * - a key of a stable order (a name and an id, a date and an id): the walk goes
 *   on after that key whatever an import changed meanwhile, so such cursors stay
 *   valid across imports;
 * - a place in an order the market decides (a ranking, a search's relevance):
 *   the cursor also carries the market's version (api/fits/market-directory.ts),
 *   and one of an older version is refused, saying that the market changed,
 *   rather than silently skipping or repeating candidates.
 * Cursors are base64url JSON behind a prefix: opaque to clients by contract, not
 * by secrecy (they hold nothing a client could not ask for).
 */

const PREFIX = 'pg1:';

interface CursorBody {
  /** The list's kind: companies, candidates, customers, shortlists, entries, changes. */
  k: string;
  /** A fingerprint of the arguments that define the list. */
  f: string;
  /** The position: a key of the order, or an offset. */
  p: unknown;
}

/** The arguments that define a list, reduced to a short stable fingerprint. */
export function fingerprint(definition: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(definition ?? null))
    .digest('base64url')
    .slice(0, 12);
}

export function encodeCursor(kind: string, listFingerprint: string, position: unknown): string {
  const body: CursorBody = { k: kind, f: listFingerprint, p: position };
  return PREFIX + Buffer.from(JSON.stringify(body)).toString('base64url');
}

/**
 * The position an `after` cursor names, checked to belong to this list; null
 * when `after` is omitted. A cursor that is not one of ours, or that belongs to
 * another list, is BAD_USER_INPUT naming `after`.
 */
export function decodeCursor(after: string | null | undefined, kind: string, listFingerprint: string): unknown {
  if (after == null) return null;
  const body = parse(after);
  if (!body || body.k !== kind)
    throw badInput('after', `is not a cursor of this list (${kind}): pass the endCursor of the page before, unchanged`);
  if (body.f !== listFingerprint) {
    throw badInput(
      'after',
      `is a cursor of the same kind of list with other arguments: keep every argument but first and after as they were for the page before`,
    );
  }
  return body.p;
}

/** The market changed since a cursor was given: its order (a ranking, a search) is no longer the one the cursor walked. */
function marketChanged(kind: string) {
  return apiError(
    'BAD_USER_INPUT',
    `Argument "after" is a cursor of an older state of the market: an import or a write changed it since, and with it the order of ${kind}. Start again without "after".`,
    { argument: 'after', reason: 'MARKET_CHANGED' },
  );
}

function parse(after: string): CursorBody | undefined {
  if (!after.startsWith(PREFIX) || after.length > 2_000) return undefined;
  try {
    const body = JSON.parse(Buffer.from(after.slice(PREFIX.length), 'base64url').toString('utf8')) as unknown;
    if (typeof body !== 'object' || body === null) return undefined;
    const { k, f } = body as Record<string, unknown>;
    return typeof k === 'string' && typeof f === 'string' ? (body as CursorBody) : undefined;
  } catch {
    return undefined;
  }
}

/** A page as the connection types give it (api/schema/pages.graphql). */
export interface Page<Node> {
  edges: { node: Node; cursor: string }[];
  nodes: Node[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** A page of `items` (already cut to `first` or one more, to tell whether the list goes on). */
export function pageOf<Item, Node>(
  items: readonly Item[],
  first: number,
  options: { node: (item: Item) => Node; cursor: (item: Item) => string; totalCount: number; after: unknown },
): Page<Node> {
  const shown = items.slice(0, first);
  const edges = shown.map((item) => ({ node: options.node(item), cursor: options.cursor(item) }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: items.length > first,
      hasPreviousPage: options.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: options.totalCount,
  };
}

/**
 * The offset a versioned cursor holds (0 for the first page), once the list's
 * current market version is known: a cursor of another version is refused
 * with `reason: MARKET_CHANGED`.
 */
export function offsetAt(position: unknown, kind: string, version: string | null): number {
  if (position === null) return 0;
  const [offset, at] = (Array.isArray(position) ? position : []) as unknown[];
  if (
    typeof offset !== 'number' ||
    !Number.isInteger(offset) ||
    offset < 0 ||
    !(typeof at === 'string' || at === null)
  ) {
    throw badInput('after', 'is not a cursor of this list: pass the endCursor of the page before, unchanged');
  }
  if (at !== version) throw marketChanged(kind);
  return offset;
}

/** A key position ([string, string] and the like), checked to be a tuple of strings and numbers. */
export function keyOf(position: unknown, length: number): (string | number)[] | null {
  if (position === null) return null;
  if (
    !Array.isArray(position) ||
    position.length !== length ||
    !position.every((part) => typeof part === 'string' || typeof part === 'number')
  ) {
    throw badInput('after', 'is not a cursor of this list: pass the endCursor of the page before, unchanged');
  }
  return position as (string | number)[];
}
