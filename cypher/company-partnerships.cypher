MATCH (:Company {id: $id})-[:PARTY_TO]->(p:Partnership)-[:OF_TYPE]->(t:PartnershipType)
WHERE $status IS NULL OR p.status = $status
RETURN p {
  .*,
  type: t {.*},
  parties: COLLECT { MATCH (party:Company)-[:PARTY_TO]->(p) RETURN party {.*} ORDER BY party.name }
} AS partnership
// Newest first; partnerships without a date last.
ORDER BY p.since IS NULL, p.since DESC, p.id
