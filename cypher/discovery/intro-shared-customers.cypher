// The customers $focal and $target both serve, the fewest vendors first (the
// strongest direct references), the best $first: a warm-intro path of one
// step through a customer.
MATCH (a:Company {id: $focal})-[mine:SERVES]->(c:Customer)<-[theirs:SERVES]-(t:Company {id: $target})
WHERE mine.stage = 'customer' AND theirs.stage = 'customer'
WITH c, COUNT { (c)<-[:SERVES]-() } AS vendors
ORDER BY vendors, c.id
LIMIT toInteger($first)
RETURN c.id AS customer, c.name AS name, vendors
