// After cleanup-relationships.cypher: the retired and staged nodes themselves.
MATCH (n)
WHERE n:RetiredCompany OR n:RetiredCustomer OR n:RetiredCapability OR n:RetiredSegment OR n:RetiredPartnership
   OR n:StagedCompany OR n:StagedCustomer OR n:StagedCapability OR n:StagedSegment OR n:StagedPartnership
   OR n:StagedLedgerEntry
WITH n LIMIT toInteger($batchSize)
DETACH DELETE n
RETURN count(*) AS deleted
