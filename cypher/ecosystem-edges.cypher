// The relations among a set of companies, for drawing them: shared customers
// per pair, active partnerships, declared rivalries, and what each offers.
// x.id < y.id keeps one row per unordered pair.
RETURN
  // Shared customers per pair, grouped by customer: each drawn company's
  // accounts are read once (a join reads every account twice, and the
  // companies on a map are the big ones: 211 companies with 255,000 accounts
  // around the bench's largest M hub). Customers served by the same drawn
  // companies are counted together before they are turned into pairs, and each
  // set gives its n·(n−1)/2 pairs once, in either order.
  COLLECT {
    MATCH (x:Company) WHERE x.id IN $ids
    MATCH (x)-[account:SERVES]->(customer)
    WHERE account.stage = 'customer'
    WITH customer, collect(x.id) AS drawn
    WHERE size(drawn) > 1
    WITH drawn, count(*) AS customers
    UNWIND range(0, size(drawn) - 2) AS i
    UNWIND drawn[i + 1..] AS other
    WITH CASE WHEN drawn[i] < other THEN drawn[i] ELSE other END AS xId,
         CASE WHEN drawn[i] < other THEN other ELSE drawn[i] END AS yId,
         customers
    WITH xId, yId, sum(customers) AS shared
    RETURN [xId, yId, shared]
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
