// Pinning again keeps the first pin's date and replaces the note. A pin names
// its company by id, so it outlives a re-import that drops the company; its
// own id (shortlist/candidate) is unique, so two pins at once make one.
MATCH (s:Shortlist {id: $id})
MATCH (candidate:Company {id: $candidate})
MERGE (pin:Pin {id: s.id + '/' + candidate.id})
  ON CREATE SET pin.candidateId = candidate.id, pin.addedAt = toString(datetime.truncate('second', datetime()))
MERGE (s)-[:HAS_PIN]->(pin)
SET pin.note = $note
RETURN s.id AS id
