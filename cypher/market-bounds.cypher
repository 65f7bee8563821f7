// How long the market's lists can be (api/security/: the cost of a query is
// estimated with them): the companies, the catalogue, and the most any one
// company has of each list the API nests under a company. Read once per
// version of the market directory, with the version, in one transaction.
CALL () {
  MATCH (c:Company)
  RETURN
    count(c) AS companies,
    max(COUNT { (c)-[:OFFERS]->() }) AS capabilities,
    max(COUNT { (c)-[:TARGETS]->() }) AS segments,
    max(COUNT { (c)-[:COMPETES_WITH]-() }) AS competitors,
    max(COUNT { (c)-[:PARTY_TO]->() }) AS partnerships
}
RETURN
  head(COLLECT { MATCH (d:Dataset {id: 'loaded'}) RETURN d.companiesVersion }) AS version,
  companies,
  COUNT { MATCH (:Segment) } AS segmentCount,
  COUNT { MATCH (:Capability) } AS capabilityCount,
  coalesce(capabilities, 0) AS capabilities,
  coalesce(segments, 0) AS segments,
  coalesce(competitors, 0) AS competitors,
  coalesce(partnerships, 0) AS partnerships,
  coalesce(head(COLLECT {
    MATCH (p:Partnership) RETURN COUNT { (p)<-[:PARTY_TO]-() } AS parties ORDER BY parties DESC LIMIT 1
  }), 0) AS parties,
  // The most partnerships any two companies share: a pair's history.
  coalesce(head(COLLECT {
    MATCH (a:Company)-[:PARTY_TO]->(p:Partnership)<-[:PARTY_TO]-(b:Company)
    WHERE a.id < b.id
    WITH a, b, count(p) AS shared
    RETURN shared ORDER BY shared DESC LIMIT 1
  }), 0) AS pairPartnerships
