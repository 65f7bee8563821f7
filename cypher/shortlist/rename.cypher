MATCH (s:Shortlist {id: $id})
SET s.name = $name
RETURN s.id AS id
