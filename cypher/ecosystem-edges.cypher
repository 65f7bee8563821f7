// The relations among a set of companies ($ids, distinct), for drawing them:
// partnerships (active, proposed and ended, so the map shows a pair's
// history), declared rivalries, and what each offers. x.id < y.id keeps one
// row per unordered pair. Shared customers are ecosystem-shared-customers.cypher:
// in one query with the partnerships' walk, Neo4j's plan for the two together
// needed over 2 GiB of transaction memory for a 115-company map whose parts
// need 6 MB and 0.4 MB alone.
RETURN
  COLLECT {
    MATCH (x:Company)-[:PARTY_TO]->(p:Partnership)<-[:PARTY_TO]-(y:Company)
    WHERE x.id IN $ids AND y.id IN $ids AND x.id < y.id
    RETURN DISTINCT [x.id, y.id, p.status]
  } AS partnerships,
  COLLECT {
    MATCH (x:Company)-[:COMPETES_WITH]-(y:Company)
    WHERE x.id IN $ids AND y.id IN $ids AND x.id < y.id
    RETURN DISTINCT [x.id, y.id]
  } AS rivalries,
  COLLECT {
    MATCH (x:Company)-[:OFFERS]->(k:Capability) WHERE x.id IN $ids
    RETURN [x.id, k.id]
  } AS offers
