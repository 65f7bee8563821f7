// Whether an earlier import left retired or staged nodes behind (see cleanup-nodes.cypher).
RETURN EXISTS {
  MATCH (n)
  WHERE n:RetiredCompany OR n:RetiredCustomer OR n:RetiredCapability OR n:RetiredSegment OR n:RetiredPartnership
     OR n:StagedCompany OR n:StagedCustomer OR n:StagedCapability OR n:StagedSegment OR n:StagedPartnership
   OR n:StagedLedgerEntry
} AS leftovers
