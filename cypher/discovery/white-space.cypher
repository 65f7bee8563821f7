// Capability gaps around focal A (api/discovery/white-space-service.ts): the
// capabilities offered by A's customers' other vendors (companies serving, at
// stage customer, a customer A serves at stage customer) that neither A nor
// an active partner of A offers, with how many of A's customers those
// vendors serve, the most first (ties: by name), the first $first; and every
// company offering each, for its best-ranked candidate.
//
// The walk is the candidate pool's shared-customer walk (cypher/candidate-pool.cypher),
// then each vendor's uncovered capabilities: one row per (customer, vendor, capability).
MATCH (a:Company {id: $focal})
WITH a, COLLECT {
  MATCH (a)-[:OFFERS]->(k:Capability) RETURN k
  UNION
  MATCH (a)-[:PARTY_TO]->(:Partnership {status: 'active'})<-[:PARTY_TO]-(partner:Company)-[:OFFERS]->(k:Capability)
  WHERE partner <> a
  RETURN k
} AS covered
CALL (a, covered) {
  // A hub whose partners cover every capability offered has no gap: say so
  // without its walk (300 ms for the largest at M).
  WITH a, covered
  WHERE EXISTS { MATCH (k:Capability) WHERE NOT k IN covered AND EXISTS { (k)<-[:OFFERS]-(:Company) } }
  MATCH (a)-[mine:SERVES]->(c)
  WHERE mine.stage = 'customer'
  MATCH (c)<-[theirs:SERVES]-(vendor)
  WHERE theirs.stage = 'customer' AND vendor <> a
  // Grouped by vendor first, so the walk starts at A (not at every vendor of every capability).
  WITH vendor, collect(c) AS customers
  MATCH (vendor)-[:OFFERS]->(k:Capability)
  WHERE NOT k IN covered
  UNWIND customers AS c
  WITH k, count(DISTINCT c) AS reached, count(DISTINCT vendor) AS vendors
  ORDER BY reached DESC, k.name, k.id
  LIMIT toInteger($first)
  RETURN collect([k.id, k.name, k.category, reached, vendors, COLLECT { MATCH (k)<-[:OFFERS]-(offering:Company) RETURN offering.id }]) AS gaps
}
RETURN a.customerCount AS customers, gaps
