// The market as a ranking sees it before anything about the focal company is
// known: every company with the aggregates the importer keeps and the segments
// it targets, every partnership with its parties (all statuses: the ranking
// reads the active ones, a pair's history all of them), the number of
// customers, and the market's calibrated ranking model. The API keeps it
// between requests (api/fits/market-directory.ts) under the version read
// here, in the same transaction, and asks again when the version changes.
RETURN
  head(COLLECT { MATCH (d:Dataset {id: 'loaded'}) RETURN d.companiesVersion }) AS version,
  head(COLLECT { MATCH (d:Dataset {id: 'loaded'}) RETURN d.model }) AS model,
  COUNT { MATCH (:Customer) } AS customerCount,
  COLLECT { MATCH (s:Segment) RETURN [s.id, s.name] } AS segments,
  COLLECT {
    MATCH (b:Company)
    RETURN [b.id, b.name, coalesce(b.customerCount, 0), coalesce(b.capabilityCount, 0), b.employees,
            COLLECT { MATCH (b)-[:TARGETS]->(s:Segment) RETURN s.id }]
  } AS companies,
  COLLECT {
    MATCH (p:Partnership)
    RETURN [p.id, p.status, p.since, head(COLLECT { MATCH (p)-[:OF_TYPE]->(t:PartnershipType) RETURN t.id }),
            COLLECT { MATCH (c:Company)-[:PARTY_TO]->(p) RETURN c.id }]
  } AS partnerships
