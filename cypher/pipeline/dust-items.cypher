// What the dust check weighs: every item not declined or parked, with its plan, its pair's ledger, the
// companies' names and the flags already reported (dustReported).
MATCH (item:PipelineItem)
WHERE NOT item.stage IN ['DECLINED', 'PARKED']
RETURN item {
  .id, .focalId, .candidateId, .stage, .owner, .touchedOn, .createdAt, .dustReported, .partnershipId, .partnershipTypeId,
  plan: COLLECT { MATCH (item)-[:HAS_PLAN]->(plan:PartnershipPlan) RETURN plan {.startsOn, .checkpointOn, .goals} }[0],
  ledger: COLLECT {
    MATCH (entry:LedgerEntry {focalId: item.focalId, partnerId: item.candidateId})
    RETURN entry {.partnerId, .direction, .outcome, .value, .referredOn, .closedOn}
  },
  focalName: COLLECT { MATCH (company:Company {id: item.focalId}) RETURN company.name }[0],
  candidateName: COLLECT { MATCH (company:Company {id: item.candidateId}) RETURN company.name }[0]
} AS item
ORDER BY item.id
