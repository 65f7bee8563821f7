// See apply/companies.cypher; after apply/segments.cypher.
MATCH (sc:StagedCompany)-[s:TARGETS]->(ss:StagedSegment)
WITH sc, s, ss LIMIT toInteger($batchSize)
MATCH (c:Company {id: sc.id})
MATCH (segment:Segment {id: ss.id})
MERGE (c)-[:TARGETS]->(segment)
DELETE s
RETURN count(*) AS applied
