// Every shortlist pin, for the score moves an import records: the pins name
// companies by id, whatever the graph holds.
MATCH (s:Shortlist)-[:HAS_PIN]->(pin:Pin)
RETURN s.id AS shortlistId, s.name AS shortlistName, s.focalId AS focal, pin.candidateId AS candidate
ORDER BY s.createdAt, s.id, pin.addedAt, pin.candidateId
