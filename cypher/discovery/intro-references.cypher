// References for the warm-intro paths from $focal (A) to $target (T): the
// customers $start (A or T) serves that another company also serves, where
// that company is one the other end's walk reaches ($reach: the ends of its
// short chains, and the other end itself). A reference only helps there.
// Of $start's customers, the $references with the fewest vendors are read: a
// customer with fewer vendors is a stronger reference, and the bound keeps a
// hub with 20,000 customers from reading them all. Vendors are the companies
// with an account at the customer, any stage: a count Neo4j keeps per node.
// Companies that are declared rivals of A (T excepted) never introduce.
MATCH (a:Company {id: $focal}), (s:Company {id: $start})
WITH s, COLLECT { MATCH (a)-[:COMPETES_WITH]-(rival:Company) WHERE rival.id <> $target RETURN DISTINCT rival } AS rivals
MATCH (s)-[mine:SERVES]->(c:Customer)
WHERE mine.stage = 'customer'
WITH s, rivals, c, COUNT { (c)<-[:SERVES]-() } AS vendors
WHERE vendors >= 2
ORDER BY vendors, c.id
LIMIT toInteger($references)
WITH s, rivals, c, vendors, COLLECT {
  MATCH (c)<-[theirs:SERVES]-(v:Company)
  WHERE theirs.stage = 'customer' AND v.id IN $reach AND v <> s AND NOT v IN rivals
  RETURN v.id
} AS met
WHERE size(met) > 0
RETURN c.id AS customer, c.name AS name, vendors, met
