// Sets the match keys computed for a batch of missing-keys.cypher.
CALL () {
  UNWIND $customers AS row
  MATCH (c:Customer {id: row.id})
  SET c.matchName = row.matchName, c.matchDomain = row.matchDomain
}
CALL () {
  UNWIND $companies AS row
  MATCH (c:Company {id: row.id})
  SET c.matchName = row.matchName, c.matchDomain = row.matchDomain
}
RETURN $customers IS NOT NULL AS done
