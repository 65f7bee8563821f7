// Shortlists with their pins, newest first; $id or $focal narrow it (null =
// all), $first caps how many. Each pin says whether the graph still has its
// company: a re-import may have dropped it, and the pin and its note stay.
MATCH (s:Shortlist)
WHERE ($id IS NULL OR s.id = $id) AND ($focal IS NULL OR s.focalId = $focal)
WITH s
ORDER BY s.createdAt DESC, s.id
LIMIT toInteger($first)
RETURN s {
  .id, .name, .createdAt, .focalId,
  entries: COLLECT {
    MATCH (s)-[:HAS_PIN]->(pin:Pin)
    RETURN {
      candidateId: pin.candidateId, note: pin.note, addedAt: pin.addedAt,
      inGraph: EXISTS { MATCH (:Company {id: pin.candidateId}) }
    } ORDER BY pin.addedAt, pin.candidateId
  }
} AS shortlist
