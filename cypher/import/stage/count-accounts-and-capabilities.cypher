// The per-company counts the analyses read (see refresh-account-counts.cypher),
// for staged companies before a --replace import takes effect, so the new
// companies arrive with them. A batch at a time; returns how many it counted.
MATCH (c:StagedCompany)
WHERE c.customerCount IS NULL
WITH c LIMIT toInteger($batchSize)
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
