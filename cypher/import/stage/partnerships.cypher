// Stages partnerships.csv as nodes carrying their type and parties: the
// relationships to the type catalogue and to the companies are made when the
// import takes effect (switch-to-staged.cypher, apply/partnerships.cypher),
// so nothing staged hangs off the live graph. `parties` arrive sorted.
// A row repeating an id with another definition is returned.
UNWIND $rows AS row
MERGE (p:StagedPartnership {id: row.id})
  ON CREATE SET p.status = row.status, p.since = row.since, p.typeId = row.type, p.parties = row.parties
WITH p, row
WHERE p.status <> row.status OR p.typeId <> row.type OR p.parties <> row.parties
   OR NOT coalesce(p.since = row.since, p.since IS NULL AND row.since IS NULL)
RETURN row.line AS line
