// The per-company counts the analyses read instead of counting at query time,
// for the live companies a merge touched (mark-touched.cypher). One pass over
// each company's accounts counts the three stages together: a COUNT { } per
// stage once let the planner scan every account of a stage per company.
MATCH (s:StagedCompany {touched: true})
WHERE s.counted IS NULL
WITH s LIMIT toInteger($batchSize)
MATCH (c:Company {id: s.id})
CALL (c) {
  OPTIONAL MATCH (c)-[account:SERVES]->()
  RETURN count(CASE account.stage WHEN 'customer' THEN 1 END) AS customers,
         count(CASE account.stage WHEN 'prospect' THEN 1 END) AS prospects,
         count(CASE account.stage WHEN 'opportunity' THEN 1 END) AS opportunities
}
SET c.customerCount = customers,
    c.prospectCount = prospects,
    c.opportunityCount = opportunities,
    c.capabilityCount = COUNT { (c)-[:OFFERS]->() },
    s.counted = true
RETURN count(*) AS applied
