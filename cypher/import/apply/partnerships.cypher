// See apply/companies.cypher. A row is the whole definition of a partnership:
// its type and parties are replaced, so a re-import that drops a party removes it.
MATCH (s:StagedPartnership)
WHERE s.applied IS NULL
WITH s LIMIT toInteger($batchSize)
MERGE (p:Partnership {id: s.id})
SET p.status = s.status, p.since = s.since, s.applied = true
WITH p, s
CALL (p) {
  OPTIONAL MATCH (p)-[oldType:OF_TYPE]->(:PartnershipType)
  DELETE oldType
}
CALL (p) {
  OPTIONAL MATCH (:Company)-[oldParty:PARTY_TO]->(p)
  DELETE oldParty
}
CALL (p, s) {
  MATCH (t:PartnershipType {id: s.typeId})
  MERGE (p)-[:OF_TYPE]->(t)
}
CALL (p, s) {
  UNWIND s.parties AS partyId
  MATCH (c:Company {id: partyId})
  MERGE (c)-[:PARTY_TO]->(p)
}
RETURN count(*) AS applied
