// The moment a --replace import takes effect, in one transaction: the live
// graph is relabelled Retired*, the staged one becomes live, and partnerships
// join the type catalogue and their parties. Readers see the old graph or the
// new one, never a mix. Label changes are small in Neo4j's transaction state
// (the relationships stay where they are), so this fits the default memory
// where writing every row in one transaction did not. The Retired* nodes are
// deleted afterwards, in batches (cleanup-*.cypher); no question reads them.
CALL () { MATCH (:Partnership)-[r:OF_TYPE]->(:PartnershipType) DELETE r }
CALL () { MATCH (n:Company) SET n:RetiredCompany REMOVE n:Company }
CALL () { MATCH (n:Customer) SET n:RetiredCustomer REMOVE n:Customer }
CALL () { MATCH (n:Capability) SET n:RetiredCapability REMOVE n:Capability }
CALL () { MATCH (n:Segment) SET n:RetiredSegment REMOVE n:Segment }
CALL () { MATCH (n:Partnership) SET n:RetiredPartnership REMOVE n:Partnership }
CALL () { MATCH (n:StagedCompany) SET n:Company REMOVE n:StagedCompany }
CALL () { MATCH (n:StagedCustomer) SET n:Customer REMOVE n:StagedCustomer }
CALL () { MATCH (n:StagedCapability) SET n:Capability REMOVE n:StagedCapability }
CALL () { MATCH (n:StagedSegment) SET n:Segment REMOVE n:StagedSegment }
CALL () {
  MATCH (p:StagedPartnership)
  SET p:Partnership REMOVE p:StagedPartnership
  WITH p
  MATCH (t:PartnershipType {id: p.typeId})
  CREATE (p)-[:OF_TYPE]->(t)
  WITH p
  UNWIND p.parties AS partyId
  MATCH (c:Company {id: partyId})
  CREATE (c)-[:PARTY_TO]->(p)
}
CALL () { MATCH (p:Partnership) REMOVE p.typeId, p.parties }
