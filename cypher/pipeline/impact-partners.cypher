// The partners $focal's impact is reported for: its active partners in the graph (two-party
// partnerships), its signed pipeline items, and every partner its ledger names.
CALL () {
  MATCH (:Company {id: $focal})-[:PARTY_TO]->(p:Partnership {status: 'active'})<-[:PARTY_TO]-(partner:Company)
  WHERE COUNT { (p)<-[:PARTY_TO]-() } = 2
  RETURN partner.id AS partnerId
  UNION
  MATCH (item:PipelineItem {focalId: $focal, stage: 'SIGNED'})
  RETURN item.candidateId AS partnerId
  UNION
  MATCH (entry:LedgerEntry {focalId: $focal})
  WHERE entry.partnerId IS NOT NULL
  RETURN DISTINCT entry.partnerId AS partnerId
}
RETURN collect(partnerId) AS partners
