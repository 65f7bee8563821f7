// A page of shortlists, newest first, as shortlist/list.cypher reads them:
// those after the key ($afterCreatedAt, $afterId; null for the first page),
// one more than $first, and how many the list holds; $focal narrows it (null
// = all). The key keeps a cursor valid while shortlists come and go.
RETURN
  COUNT { MATCH (s:Shortlist) WHERE $focal IS NULL OR s.focalId = $focal } AS total,
  COLLECT {
    MATCH (s:Shortlist)
    WHERE ($focal IS NULL OR s.focalId = $focal)
      AND ($afterCreatedAt IS NULL OR s.createdAt < $afterCreatedAt OR (s.createdAt = $afterCreatedAt AND s.id > $afterId))
    WITH s ORDER BY s.createdAt DESC, s.id LIMIT toInteger($first) + 1
    RETURN s {
      .id, .name, .createdAt, .focalId,
      entries: COLLECT {
        MATCH (s)-[:HAS_PIN]->(pin:Pin)
        RETURN {
          candidateId: pin.candidateId, note: pin.note, addedAt: pin.addedAt,
          inGraph: EXISTS { MATCH (:Company {id: pin.candidateId}) }
        } ORDER BY pin.addedAt, pin.candidateId
      }
    }
  } AS shortlists
