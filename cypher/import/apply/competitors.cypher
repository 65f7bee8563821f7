// See apply/companies.cypher.
MATCH (sa:StagedCompany)-[s:COMPETES_WITH]->(sb:StagedCompany)
WITH sa, s, sb LIMIT toInteger($batchSize)
MATCH (a:Company {id: sa.id})
MATCH (b:Company {id: sb.id})
MERGE (a)-[:COMPETES_WITH]->(b)
DELETE s
RETURN count(*) AS applied
