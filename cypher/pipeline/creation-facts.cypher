// What starting a pipeline item for $focal and $candidate needs to know, in one read: whether both
// companies exist; the shortlist's focal company and whether the candidate is pinned on it ($shortlist
// null: none given); the item the pair has already, if any; and the pair's partnership in the graph
// (of exactly these two, active before proposed before ended), if any.
RETURN EXISTS { MATCH (:Company {id: $focal}) } AS focalKnown,
       EXISTS { MATCH (:Company {id: $candidate}) } AS candidateKnown,
       COLLECT { MATCH (s:Shortlist {id: $shortlist}) RETURN s.focalId }[0] AS shortlistFocal,
       EXISTS { MATCH (:Shortlist {id: $shortlist})-[:HAS_PIN]->(:Pin {candidateId: $candidate}) } AS pinned,
       COLLECT { MATCH (item:PipelineItem {key: $focal + '|' + $candidate}) RETURN item.id }[0] AS existingItem,
       COLLECT {
         MATCH (:Company {id: $focal})-[:PARTY_TO]->(p:Partnership)<-[:PARTY_TO]-(:Company {id: $candidate})
         WHERE COUNT { (p)<-[:PARTY_TO]-() } = 2
         MATCH (p)-[:OF_TYPE]->(t:PartnershipType)
         RETURN p {.id, .status, .since, typeId: t.id}
         ORDER BY CASE p.status WHEN 'active' THEN 0 WHEN 'proposed' THEN 1 ELSE 2 END, p.id
       }[0] AS partnership
