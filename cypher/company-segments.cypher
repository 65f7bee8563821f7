MATCH (:Company {id: $id})-[:TARGETS]->(s:Segment)
RETURN s {.*} AS segment
ORDER BY s.name
