MATCH (s:Shortlist {id: $id})
CALL (s) {
  MATCH (s)-[:HAS_PIN]->(pin:Pin)
  DETACH DELETE pin
}
DETACH DELETE s
RETURN $id AS id
