// A page of companies by name, then id (companiesConnection without search):
// those after the key ($afterName, $afterId; null for the first page), one more
// than $first so the caller can tell whether the list goes on, and how many
// the whole list holds. $segment / $capability narrow it (null = no filter).
// The key, not an offset, keeps a cursor valid across imports.
RETURN
  COUNT {
    MATCH (c:Company)
    WHERE c.name IS NOT NULL
      AND ($segment IS NULL OR EXISTS { (c)-[:TARGETS]->(:Segment {id: $segment}) })
      AND ($capability IS NULL OR EXISTS { (c)-[:OFFERS]->(:Capability {id: $capability}) })
  } AS total,
  COLLECT {
    MATCH (c:Company)
    WHERE c.name IS NOT NULL
      AND ($segment IS NULL OR EXISTS { (c)-[:TARGETS]->(:Segment {id: $segment}) })
      AND ($capability IS NULL OR EXISTS { (c)-[:OFFERS]->(:Capability {id: $capability}) })
      AND ($afterName IS NULL OR c.name > $afterName OR (c.name = $afterName AND c.id > $afterId))
    WITH c ORDER BY c.name, c.id LIMIT toInteger($first) + 1
    RETURN c {.*}
  } AS companies
