import { createHash } from 'node:crypto';
import type { Database } from '../../api/db/database.ts';

/** Counts and a SHA-256 over every node and relationship with all their properties. */
export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  checksum: string;
}

/**
 * The whole graph's fingerprint, to prove a request or an import changed
 * nothing: two graphs with the same fingerprint have the same nodes (labels,
 * properties) and relationships (type, properties, ends by label and id),
 * whatever the order Neo4j returns them in. Element ids are left out; they are
 * not data.
 */
export async function graphFingerprint(db: Database): Promise<GraphFingerprint> {
  const [row] = await db.write('test:fingerprint', (tx) =>
    tx.runText(`
      RETURN COLLECT { MATCH (n) RETURN [labels(n), properties(n)] } AS nodes,
             COLLECT { MATCH (a)-[r]->(b) RETURN [labels(a), a.id, type(r), properties(r), labels(b), b.id] } AS relationships`),
  );
  return fingerprintOf(row!);
}

/**
 * The fingerprint of what questions read: every node but those an import
 * keeps beside the graph while it runs (Staged*, Retired*), its lock, and the
 * Dataset record (whose version and date change with every import).
 */
export async function visibleGraphFingerprint(db: Database): Promise<GraphFingerprint> {
  const [row] = await db.write('test:fingerprint', (tx) =>
    tx.runText(`
      WITH ['Company', 'Customer', 'Capability', 'Segment', 'Partnership', 'PartnershipType', 'Shortlist', 'Pin'] AS visible
      RETURN COLLECT { MATCH (n) WHERE any(label IN labels(n) WHERE label IN visible) RETURN [labels(n), properties(n)] } AS nodes,
             COLLECT {
               MATCH (a)-[r]->(b) WHERE any(label IN labels(a) WHERE label IN visible) AND any(label IN labels(b) WHERE label IN visible)
               RETURN [labels(a), a.id, type(r), properties(r), labels(b), b.id]
             } AS relationships`),
  );
  return fingerprintOf(row!);
}

function fingerprintOf(row: Record<string, unknown>): GraphFingerprint {
  const lines = (items: unknown[]) => items.map((item) => JSON.stringify(item, sortedKeys)).sort();
  const nodes = lines(row.nodes as unknown[]);
  const relationships = lines(row.relationships as unknown[]);
  const checksum = createHash('sha256')
    .update(nodes.join('\n'))
    .update('\n--\n')
    .update(relationships.join('\n'))
    .digest('hex');
  return { nodes: nodes.length, relationships: relationships.length, checksum };
}

/** JSON.stringify replacer that writes object keys in sorted order. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}
