MATCH (focal:Company {id: $focal})
CREATE (s:Shortlist {id: $id, name: $name, createdAt: toString(datetime.truncate('second', datetime()))})-[:FOR]->(focal)
RETURN s.id AS id
