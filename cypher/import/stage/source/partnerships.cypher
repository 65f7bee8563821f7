// A partnership from a partner sheet or a CRM's partner rows: two parties, the
// file's owner and the partner. When the graph already has a partnership of
// exactly these two, whatever its id, that one is staged (and so updated),
// never a second one beside it; else the pair's own id (a--b, in id order).
// The first row for a partnership stays; `parties` arrive sorted.
UNWIND $rows AS row
CALL (row) {
  OPTIONAL MATCH (:Company {id: row.parties[0]})-[:PARTY_TO]->(live:Partnership)<-[:PARTY_TO]-(:Company {id: row.parties[1]})
  WHERE COUNT { (live)<-[:PARTY_TO]-() } = 2
  RETURN live.id AS liveId
  ORDER BY liveId
  LIMIT 1
}
MERGE (p:StagedPartnership {id: coalesce(liveId, row.id)})
  ON CREATE SET p.status = row.status, p.since = row.since, p.typeId = row.type, p.parties = row.parties
