// Empties the graph for --replace in bounded batches, keeping the partnership type catalogue.
MATCH (n)
WHERE NOT n:PartnershipType
WITH n LIMIT toInteger($batchSize)
DETACH DELETE n
RETURN count(*) AS deleted
