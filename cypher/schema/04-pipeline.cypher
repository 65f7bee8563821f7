// The pipeline, plans and ledger (api/pipeline/): the strategist's own records. They name companies by id,
// never by a relationship, so that a --replace import, which swaps every company node, leaves them alone.
CREATE CONSTRAINT pipeline_item_id IF NOT EXISTS FOR (i:PipelineItem) REQUIRE i.id IS UNIQUE;
// One item per focal company and candidate: `key` is focalId|candidateId, so two clients starting the same pair make one.
CREATE CONSTRAINT pipeline_item_key IF NOT EXISTS FOR (i:PipelineItem) REQUIRE i.key IS UNIQUE;
CREATE CONSTRAINT pipeline_activity_id IF NOT EXISTS FOR (a:PipelineActivity) REQUIRE a.id IS UNIQUE;
// A plan is its item's: one per item, found by the item's id.
CREATE CONSTRAINT partnership_plan_item IF NOT EXISTS FOR (p:PartnershipPlan) REQUIRE p.itemId IS UNIQUE;
CREATE CONSTRAINT ledger_entry_id IF NOT EXISTS FOR (e:LedgerEntry) REQUIRE e.id IS UNIQUE;
// The dust check's lock: one check at a time, across API processes.
CREATE CONSTRAINT pipeline_dust_lock_id IF NOT EXISTS FOR (l:PipelineDustLock) REQUIRE l.id IS UNIQUE;
// The pipeline view lists one focal company's items; a partnership's impact reads its pair's ledger entries.
CREATE INDEX pipeline_item_focal IF NOT EXISTS FOR (i:PipelineItem) ON (i.focalId);
CREATE INDEX ledger_entry_pair IF NOT EXISTS FOR (e:LedgerEntry) ON (e.focalId, e.partnerId);
CREATE INDEX ledger_entry_focal IF NOT EXISTS FOR (e:LedgerEntry) ON (e.focalId);
