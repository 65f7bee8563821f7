// Pins $candidate on shortlist $id (or replaces its note), within $maxPins, in
// one transaction that first takes the shortlist's write lock: setting and
// removing a property locks the node until commit, so pins of one shortlist
// (and its delete, which takes the same lock) run one after another, and the
// pins counted below are those committed before us, none in flight. Counting
// without the lock let 150 concurrent pins all see fewer than 100.
//
// No row: the shortlist does not exist. Otherwise one row, and nothing was
// written when the candidate is unknown (NOT `known`), is the focal company
// (`focal`), or would exceed the limit (`full`). Pinning again keeps the first
// pin's date and replaces the note. A pin names its company by id, so it
// outlives a re-import that drops the company; its own id
// (shortlist/candidate) is unique.
MATCH (s:Shortlist {id: $id})
SET s._lock = true
REMOVE s._lock
WITH s
OPTIONAL MATCH (candidate:Company {id: $candidate})
WITH s, candidate,
     s.focalId = $candidate AS focal,
     EXISTS { MATCH (s)-[:HAS_PIN]->(:Pin {candidateId: $candidate}) } AS repinned,
     COUNT { MATCH (s)-[:HAS_PIN]->(:Pin) } AS pins
WITH s, candidate, focal, candidate IS NOT NULL AS known, NOT repinned AND pins >= $maxPins AS full
CALL (s, candidate, known, focal, full) {
  WITH * WHERE known AND NOT focal AND NOT full
  MERGE (pin:Pin {id: s.id + '/' + candidate.id})
    ON CREATE SET pin.candidateId = candidate.id, pin.addedAt = toString(datetime.truncate('second', datetime()))
  MERGE (s)-[:HAS_PIN]->(pin)
  SET pin.note = $note
}
RETURN s.id AS id, known, focal, full
