// The partnership of exactly $focal and $candidate in the graph (active before proposed before ended),
// with its type: what a signing wrote.
MATCH (:Company {id: $focal})-[:PARTY_TO]->(p:Partnership)<-[:PARTY_TO]-(:Company {id: $candidate})
WHERE COUNT { (p)<-[:PARTY_TO]-() } = 2
MATCH (p)-[:OF_TYPE]->(t:PartnershipType)
RETURN p {.id, .status, .since, typeId: t.id} AS partnership
ORDER BY CASE p.status WHEN 'active' THEN 0 WHEN 'proposed' THEN 1 ELSE 2 END, p.id
LIMIT 1
