UNWIND $rows AS row
MATCH (c:StagedCompany {id: row.company_id})
MERGE (s:StagedSegment {id: row.segment_id})
  ON CREATE SET s.name = row.segment
MERGE (c)-[:TARGETS]->(s)
