// The market facts an import's changes are diffed on (api/changes/): every
// company's name, every partnership with its parties (any status), and every
// declared rivalry as declared. Read once before the import takes effect and
// once after.
RETURN
  COLLECT { MATCH (c:Company) RETURN [c.id, c.name] } AS companies,
  COLLECT {
    MATCH (p:Partnership)
    RETURN [p.id, p.status, p.since, head(COLLECT { MATCH (p)-[:OF_TYPE]->(t:PartnershipType) RETURN t.id }),
            COLLECT { MATCH (c:Company)-[:PARTY_TO]->(p) RETURN c.id }]
  } AS partnerships,
  COLLECT { MATCH (x:Company)-[:COMPETES_WITH]->(y:Company) RETURN [x.id, y.id] } AS rivalries
