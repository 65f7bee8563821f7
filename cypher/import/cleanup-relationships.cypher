// Leftovers of imports: the previous graph a --replace retired, and staged
// rows that never took effect (a folder with bad rows, a killed import) or
// were already applied. Every relationship they hold touches a company, so
// deleting the companies' relationships a batch at a time, then the nodes
// (cleanup-nodes.cypher), keeps each transaction small. Returns how many went.
MATCH (c)-[r]-()
WHERE c:RetiredCompany OR c:StagedCompany
WITH DISTINCT r LIMIT toInteger($batchSize)
DELETE r
RETURN count(*) AS deleted
