// See apply/companies.cypher.
MATCH (s:StagedCapability)
WHERE s.applied IS NULL
WITH s LIMIT toInteger($batchSize)
MERGE (k:Capability {id: s.id})
  ON CREATE SET k.name = s.name
SET k.category = coalesce(s.category, k.category), s.applied = true
RETURN count(*) AS applied
