// The facts a what-if partner set is judged on (api/discovery/what-if.ts),
// for $members: every company of today's active partner set or of the
// hypothetical one, as [id, in today's set, in the hypothetical set].
// Walking each member's customers once serves both sets.
MATCH (a:Company {id: $focal})
WITH a, [member IN $members | member[0]] AS memberIds
// Customers a member serves and A does not: how many today's set reaches, how many the hypothetical one.
// A's customers are collected once, and each customer the members reach is
// checked against that list after their accounts are merged per customer
// (Neo4j keeps a list it checks IN against hashed). Asking "does A serve c"
// per account instead read each customer's vendors again: 3.4 million reads
// for a hub's 184 partners at M, two thirds of the query's second.
WITH a, memberIds, COLLECT { MATCH (a)-[mine:SERVES]->(c) WHERE mine.stage = 'customer' RETURN c } AS mine
CALL (mine) {
  UNWIND $members AS member
  MATCH (:Company {id: member[0]})-[theirs:SERVES]->(c:Customer)
  WHERE theirs.stage = 'customer'
  WITH c, max(CASE WHEN member[1] THEN 1 ELSE 0 END) AS today, max(CASE WHEN member[2] THEN 1 ELSE 0 END) AS whatIf
  WHERE NOT c IN mine
  RETURN sum(today) AS reachableToday, sum(whatIf) AS reachableWhatIf
}
RETURN
  COUNT { MATCH (:Customer) } AS marketCustomers,
  reachableToday,
  reachableWhatIf,
  // Capabilities a member offers that A does not.
  COLLECT {
    MATCH (p:Company)-[:OFFERS]->(k:Capability)
    WHERE p.id IN memberIds AND NOT EXISTS { MATCH (a)-[:OFFERS]->(k) }
    RETURN [k.id, k.name, k.category, p.id]
  } AS offers,
  COLLECT { MATCH (a)-[:COMPETES_WITH]-(rival:Company) RETURN DISTINCT rival.id } AS rivals,
  // Declared rivalries among the members.
  COLLECT {
    MATCH (p:Company)-[:COMPETES_WITH]->(q:Company)
    WHERE p.id IN memberIds AND q.id IN memberIds
    RETURN [p.id, q.id]
  } AS rivalries,
  // Members in an active partnership with a rival of A.
  COLLECT {
    MATCH (a)-[:COMPETES_WITH]-(rival:Company)-[:PARTY_TO]->(:Partnership {status: 'active'})<-[:PARTY_TO]-(p:Company)
    WHERE p.id IN memberIds AND p <> rival
    RETURN DISTINCT [p.id, rival.id]
  } AS partnersOfRivals
