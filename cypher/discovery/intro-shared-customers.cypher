// The customers $focal and $target both serve, the fewest vendors first (the
// strongest direct references), the best $first: a warm-intro path of one
// step through a customer. The walk starts from $from, the one of the two
// with fewer customers, and checks each customer against $to: left to
// itself, the planner started from the target (a hub, as the best-ranked
// candidates are) and read 290,000 accounts for 31 shared customers at M.
MATCH (s:Company {id: $from}), (o:Company {id: $to})
MATCH (s)-[x:SERVES]->(c:Customer)
WHERE x.stage = 'customer' AND EXISTS { (c)<-[y:SERVES]-(o) WHERE y.stage = 'customer' }
WITH c, COUNT { (c)<-[:SERVES]-() } AS vendors
ORDER BY vendors, c.id
LIMIT toInteger($first)
RETURN c.id AS customer, c.name AS name, vendors
