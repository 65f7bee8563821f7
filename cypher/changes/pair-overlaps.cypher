// |C(x) ∩ C(y)| for each pair of $pairs ([x id, y id]) whose companies both
// exist: the overlaps an import watches (api/changes/market-snapshot.ts). The
// walk starts from the side with fewer customers, and the second step checks
// each customer against the other company (Expand(Into) reads the smaller of
// the two degrees), so a pair costs about min(|C(x)|, |C(y)|) reads.
UNWIND $pairs AS pair
MATCH (x:Company {id: pair[0]}), (y:Company {id: pair[1]})
WITH x, y, CASE WHEN coalesce(x.customerCount, 0) <= coalesce(y.customerCount, 0) THEN [x, y] ELSE [y, x] END AS bySize
CALL (bySize) {
  WITH bySize[0] AS small, bySize[1] AS large
  MATCH (small)-[mine:SERVES]->(c)
  WHERE mine.stage = 'customer'
  MATCH (c)<-[theirs:SERVES]-(large)
  WHERE theirs.stage = 'customer'
  RETURN count(*) AS shared
}
RETURN [x.id, y.id, shared] AS overlap
