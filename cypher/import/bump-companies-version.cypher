// A new version of the market directory (cypher/market-directory.cypher),
// set in the same transaction as every import file that changes what the
// directory holds, so an API process never keeps a directory older than the graph.
MERGE (d:Dataset {id: 'loaded'})
SET d.companiesVersion = randomUUID()
