// Per-company counts the analyses read instead of counting at query time.
// Kept correct by the importer for every company a file touched.
UNWIND $ids AS id
MATCH (c:Company {id: id})
SET c.customerCount = COUNT { (c)-[:SERVES {stage: 'customer'}]->() },
    c.prospectCount = COUNT { (c)-[:SERVES {stage: 'prospect'}]->() },
    c.opportunityCount = COUNT { (c)-[:SERVES {stage: 'opportunity'}]->() },
    c.capabilityCount = COUNT { (c)-[:OFFERS]->() }
