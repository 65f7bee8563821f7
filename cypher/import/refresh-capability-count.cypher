// |K(c)| kept on the company, refreshed by the importer for every company a
// file touched. The degree of OFFERS comes from a counter: no relationship is read.
UNWIND $ids AS id
MATCH (c:Company {id: id})
SET c.capabilityCount = COUNT { (c)-[:OFFERS]->() }
