// See apply/companies.cypher; after apply/capabilities.cypher.
MATCH (sc:StagedCompany)-[s:OFFERS]->(sk:StagedCapability)
WITH sc, s, sk LIMIT toInteger($batchSize)
MATCH (c:Company {id: sc.id})
MATCH (k:Capability {id: sk.id})
MERGE (c)-[offer:OFFERS]->(k)
SET offer.level = s.level
DELETE s
RETURN count(*) AS applied
