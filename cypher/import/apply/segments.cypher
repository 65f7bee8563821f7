// See apply/companies.cypher.
MATCH (s:StagedSegment)
WHERE s.applied IS NULL
WITH s LIMIT toInteger($batchSize)
MERGE (segment:Segment {id: s.id})
  ON CREATE SET segment.name = s.name
SET s.applied = true
RETURN count(*) AS applied
