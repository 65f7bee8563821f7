// The relations among a set of companies ($ids, distinct), for drawing them:
// shared customers, partnerships (active, proposed and ended, so the map shows
// a pair's history), declared rivalries, and what each offers. x.id < y.id
// keeps one row per unordered pair.
RETURN
  // Who shares customers with whom, as the sets of drawn companies (positions
  // in $ids) that serve the same customer, each with how many customers it
  // serves; api/analysis/ecosystem-graph.ts turns them into pair counts. Each
  // drawn company's accounts are read once, and the pairs are not made here:
  // a customer served by n drawn companies gives n·(n−1)/2 pairs, and a map of
  // 300 companies around a hub would have Cypher count millions of rows that a
  // loop in Node counts in milliseconds.
  COLLECT {
    UNWIND range(0, size($ids) - 1) AS position
    MATCH (x:Company {id: $ids[position]})
    MATCH (x)-[account:SERVES]->(customer)
    WHERE account.stage = 'customer'
    WITH customer, collect(position) AS drawn
    WHERE size(drawn) > 1
    WITH drawn, count(*) AS customers
    RETURN [drawn, customers]
  } AS servedTogether,
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
