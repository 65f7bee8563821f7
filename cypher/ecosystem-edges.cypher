// The relations among a set of companies, for drawing them: shared customers
// per pair, active partnerships, declared rivalries, and what each offers.
// x.id < y.id keeps one row per unordered pair.
RETURN
  COLLECT {
    MATCH (x:Company) WHERE x.id IN $ids
    MATCH (x)-[:SERVES {stage: 'customer'}]->(:Customer)<-[:SERVES {stage: 'customer'}]-(y:Company)
    WHERE y.id IN $ids AND x.id < y.id
    WITH x, y, count(*) AS shared
    RETURN [x.id, y.id, shared]
  } AS shared,
  COLLECT {
    MATCH (x:Company)-[:PARTY_TO]->(:Partnership {status: 'active'})<-[:PARTY_TO]-(y:Company)
    WHERE x.id IN $ids AND y.id IN $ids AND x.id < y.id
    RETURN DISTINCT [x.id, y.id]
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
