// Customers and companies imported before records were matched across files
// lack the keys they are looked up by (api/import/match-keys.ts): a batch of them.
CALL () {
  MATCH (c:Customer)
  WHERE c.matchName IS NULL
  RETURN 'customer' AS kind, c.id AS id, c.name AS name, c.domain AS domain
  LIMIT toInteger($batchSize)
  UNION ALL
  MATCH (c:Company)
  WHERE c.matchName IS NULL
  RETURN 'company' AS kind, c.id AS id, c.name AS name, c.domain AS domain
  LIMIT toInteger($batchSize)
}
RETURN kind, id, name, domain
