// Shortlists with their pins, newest first; $id or $focal narrow it (null = all).
MATCH (s:Shortlist)-[:FOR]->(focal:Company)
WHERE ($id IS NULL OR s.id = $id) AND ($focal IS NULL OR focal.id = $focal)
RETURN s {
  .id, .name, .createdAt,
  focalId: focal.id,
  entries: COLLECT {
    MATCH (s)-[pin:PINS]->(candidate:Company)
    RETURN {candidateId: candidate.id, note: pin.note, addedAt: pin.addedAt} ORDER BY pin.addedAt, candidate.id
  }
} AS shortlist
ORDER BY s.createdAt DESC, s.id
