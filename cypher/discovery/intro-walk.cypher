// One half of the warm-intro walk from $focal (A) to $target (T): the chains
// of partnerships from $start (A or T) at most $hops deep, the best per end
// company and length. api/discovery/intro-service.ts runs it from both ends
// and joins the halves (join-intro-paths.ts); the rules and bounds are those
// of docs/analyses.md ("Warm-intro paths"):
// - links are active or proposed partnerships; no company on the chain may be
//   a declared rival of A (T itself excepted), nor the other end ($other);
// - a walk through a company twice is never the best: the shorter walk that
//   skips the loop is stronger, so only the best chain per end company and
//   length is kept (fewest proposed links, then by ids).
// Each half, the two kinds of references and the shared customers are
// queries of their own: in one query, Neo4j planned them together into more
// than the transaction memory allows at the bench's M scale.
MATCH (a:Company {id: $focal}), (s:Company {id: $start}), (o:Company {id: $other})
WITH s, o, COLLECT { MATCH (a)-[:COMPETES_WITH]-(rival:Company) WHERE rival.id <> $target RETURN DISTINCT rival } AS rivals
MATCH (s)((x:Company)-[:PARTY_TO]->(p:Partnership)<-[:PARTY_TO]-(y:Company)
          WHERE p.status IN ['active', 'proposed'] AND y <> s AND NOT y IN rivals){1,2}(end:Company)
WHERE size(p) <= $hops AND NOT o IN y[..-1]
WITH end, p, y, size([q IN p WHERE q.status = 'proposed']) AS proposed
ORDER BY proposed, [n IN y | n.id]
WITH end, size(p) AS hops, head(collect({p: p, y: y})) AS best
RETURN [n IN best.y | n.id] AS companies,
       [q IN best.p | [q.id, q.status, q.since, [(q)-[:OF_TYPE]->(type) | type.id][0]]] AS links
