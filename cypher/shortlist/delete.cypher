MATCH (s:Shortlist {id: $id})
DETACH DELETE s
RETURN $id AS id
