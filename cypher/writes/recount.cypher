// The per-company counts the analyses read (as apply/counts.cypher keeps them),
// taken again for the companies a removal touched.
UNWIND $ids AS id
MATCH (c:Company {id: id})
CALL (c) {
  OPTIONAL MATCH (c)-[account:SERVES]->()
  RETURN count(CASE account.stage WHEN 'customer' THEN 1 END) AS customers,
         count(CASE account.stage WHEN 'prospect' THEN 1 END) AS prospects,
         count(CASE account.stage WHEN 'opportunity' THEN 1 END) AS opportunities
}
SET c.customerCount = customers,
    c.prospectCount = prospects,
    c.opportunityCount = opportunities,
    c.capabilityCount = COUNT { (c)-[:OFFERS]->() }
RETURN count(*) AS counted
