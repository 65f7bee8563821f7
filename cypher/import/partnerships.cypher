// A row is the whole definition of a partnership: its type and parties are
// replaced, so a re-import that drops a party removes it.
UNWIND $rows AS row
MERGE (p:Partnership {id: row.id})
SET p.status = row.status, p.since = row.since
WITH p, row
OPTIONAL MATCH (p)-[oldType:OF_TYPE]->(:PartnershipType)
OPTIONAL MATCH (:Company)-[oldParty:PARTY_TO]->(p)
DELETE oldType, oldParty
WITH DISTINCT p, row
MATCH (t:PartnershipType {id: row.type})
MERGE (p)-[:OF_TYPE]->(t)
WITH p, row
UNWIND row.parties AS partyId
MATCH (c:Company {id: partyId})
MERGE (c)-[:PARTY_TO]->(p)
