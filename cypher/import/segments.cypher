UNWIND $rows AS row
MATCH (c:Company {id: row.company_id})
MERGE (s:Segment {id: row.segment_id})
  ON CREATE SET s.name = row.segment
MERGE (c)-[:TARGETS]->(s)
