MATCH (s:Shortlist {id: $id})
CALL (s) {
  MATCH (s)-[:HAS_PIN]->(pin:Pin {candidateId: $candidate})
  DETACH DELETE pin
}
RETURN s.id AS id
