MATCH (s:Shortlist {id: $id})
OPTIONAL MATCH (s)-[pin:PINS]->(:Company {id: $candidate})
DELETE pin
RETURN s.id AS id
