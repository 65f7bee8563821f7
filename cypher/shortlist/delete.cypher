// Takes the shortlist's write lock before reading its pins, as pin.cypher does:
// a pin committed between that read and the delete used to lose its
// relationship to DETACH DELETE and stay behind, with its note, attached to
// nothing. With the lock, a pin either committed before (and is read here) or
// waits and then finds the shortlist gone.
MATCH (s:Shortlist {id: $id})
SET s._lock = true
REMOVE s._lock
WITH s
CALL (s) {
  MATCH (s)-[:HAS_PIN]->(pin:Pin)
  DETACH DELETE pin
}
DETACH DELETE s
RETURN $id AS id
