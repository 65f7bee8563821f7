// The graph's companies a folder's records could be: those with one of the
// registrable domains or normalised names the matcher counted, found by index
// (cypher/schema/02-indexes.cypher), so only these are matched, not the graph.
CALL () {
  UNWIND $domains AS domain
  MATCH (c:Company {matchDomain: domain})
  RETURN c
  UNION
  UNWIND $names AS name
  MATCH (c:Company {matchName: name})
  RETURN c
}
RETURN c.id AS id, c.name AS name, c.domain AS domain
