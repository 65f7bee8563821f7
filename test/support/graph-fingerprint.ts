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
  const lines = (items: unknown[]) => items.map((item) => JSON.stringify(item, sortedKeys)).sort();
  const nodes = lines(row!.nodes as unknown[]);
  const relationships = lines(row!.relationships as unknown[]);
  const checksum = createHash('sha256').update(nodes.join('\n')).update('\n--\n').update(relationships.join('\n')).digest('hex');
  return { nodes: nodes.length, relationships: relationships.length, checksum };
}

/** JSON.stringify replacer that writes object keys in sorted order. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
