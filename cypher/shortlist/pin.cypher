// Pinning again keeps the first pin's date and replaces the note.
MATCH (s:Shortlist {id: $id})
MATCH (candidate:Company {id: $candidate})
MERGE (s)-[pin:PINS]->(candidate)
  ON CREATE SET pin.addedAt = toString(datetime.truncate('second', datetime()))
SET pin.note = $note
RETURN s.id AS id
