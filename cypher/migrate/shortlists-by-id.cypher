// Shortlists used to hang off the companies (FOR the focal, PINS each
// candidate), so a --replace import, which swaps every company node, took
// them along. They now name companies by id: a shortlist keeps `focalId`, and
// each pin is a Pin node of its own. Idempotent: run at every start-up, it
// finds nothing to move once a store has moved.
CALL () {
  MATCH (s:Shortlist)-[old:FOR]->(focal:Company)
  SET s.focalId = focal.id
  DELETE old
}
CALL () {
  MATCH (s:Shortlist)-[old:PINS]->(candidate:Company)
  MERGE (pin:Pin {id: s.id + '/' + candidate.id})
    ON CREATE SET pin.candidateId = candidate.id, pin.note = old.note, pin.addedAt = old.addedAt
  MERGE (s)-[:HAS_PIN]->(pin)
  DELETE old
}
