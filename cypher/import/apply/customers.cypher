// See apply/companies.cypher. A customer only named in accounts.csv (no
// `columns`) is created with its staged name, and an existing one is left alone.
MATCH (s:StagedCustomer)
WHERE s.applied IS NULL
WITH s LIMIT toInteger($batchSize)
MERGE (c:Customer {id: s.id})
  ON CREATE SET c.name = s.name
WITH s, c, coalesce(s.columns, []) AS columns
SET c.name = CASE WHEN 'name' IN columns THEN s.name ELSE c.name END,
    c.industry = CASE WHEN 'industry' IN columns THEN s.industry ELSE c.industry END,
    c.region = CASE WHEN 'region' IN columns THEN s.region ELSE c.region END,
    c.domain = CASE WHEN 'domain' IN columns THEN s.domain ELSE c.domain END,
    c.matchName = CASE WHEN 'matchName' IN columns THEN s.matchName ELSE c.matchName END,
    c.matchDomain = CASE WHEN 'matchDomain' IN columns THEN s.matchDomain ELSE c.matchDomain END,
    s.applied = true
RETURN count(*) AS applied
