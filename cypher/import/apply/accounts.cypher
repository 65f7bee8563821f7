// See apply/companies.cypher; each staged account is deleted as it is applied.
MATCH (sc:StagedCompany)-[s:SERVES]->(scu:StagedCustomer)
WITH sc, s, scu LIMIT toInteger($batchSize)
MATCH (c:Company {id: sc.id})
MATCH (cu:Customer {id: scu.id})
MERGE (c)-[account:SERVES]->(cu)
SET account.stage = s.stage
DELETE s
RETURN count(*) AS applied
