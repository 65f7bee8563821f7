// For each of $partners, what $focal's partnership with it is besides its ledger: the pair's
// partnership status in the graph (of exactly these two; active before proposed before ended), its
// pipeline item and that item's plan.
UNWIND $partners AS partnerId
RETURN partnerId,
       COLLECT {
         MATCH (:Company {id: $focal})-[:PARTY_TO]->(p:Partnership)<-[:PARTY_TO]-(:Company {id: partnerId})
         WHERE COUNT { (p)<-[:PARTY_TO]-() } = 2
         RETURN p.status ORDER BY CASE p.status WHEN 'active' THEN 0 WHEN 'proposed' THEN 1 ELSE 2 END
       }[0] AS status,
       COLLECT { MATCH (item:PipelineItem {key: $focal + '|' + partnerId}) RETURN item {.id, .stage, .touchedOn, .createdAt} }[0] AS item,
       COLLECT { MATCH (:PipelineItem {key: $focal + '|' + partnerId})-[:HAS_PLAN]->(plan:PartnershipPlan) RETURN plan {.*} }[0] AS plan
