// C(A) ∩ C(B), the most widely served first (the accounts that matter most in
// the market: more companies count them as a customer), then by name, a page at a time. Separate patterns, so a = b works too.
// As in overlap.cypher, one of three branches runs, chosen by the two customer
// bases: walk the much smaller side and look for the other company from each
// customer, or hash-join two similar sides. Only the page is projected.
MATCH (a:Company {id: $a}), (b:Company {id: $b})
WITH a, b, COUNT { (a)-[:SERVES]->() } AS degreeA, COUNT { (b)-[:SERVES]->() } AS degreeB
CALL (a, b, degreeA, degreeB) {
  WITH a, b WHERE degreeA * 16 <= degreeB
  MATCH (a)-[mine:SERVES]->(customer:Customer)
  WHERE mine.stage = 'customer'
  CALL (customer, b) { MATCH (customer)<-[theirs:SERVES]-(b) WHERE theirs.stage = 'customer' RETURN theirs }
  RETURN customer
UNION ALL
  WITH a, b WHERE degreeB * 16 < degreeA
  MATCH (b)-[theirs:SERVES]->(customer:Customer)
  WHERE theirs.stage = 'customer'
  CALL (customer, a) { MATCH (customer)<-[mine:SERVES]-(a) WHERE mine.stage = 'customer' RETURN mine }
  RETURN customer
UNION ALL
  WITH a, b WHERE degreeA * 16 > degreeB AND degreeB * 16 >= degreeA
  MATCH (a)-[mine:SERVES]->(customer:Customer)
  MATCH (customer)<-[theirs:SERVES]-(b)
  USING JOIN ON customer
  WHERE mine.stage = 'customer' AND theirs.stage = 'customer'
  RETURN customer
}
WITH customer, COUNT { (customer)<-[served:SERVES]-() WHERE served.stage = 'customer' } AS vendors
ORDER BY vendors DESC, customer.name, customer.id
SKIP toInteger($offset)
LIMIT toInteger($first)
RETURN customer {.*} AS customer
