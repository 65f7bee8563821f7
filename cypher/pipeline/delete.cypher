// Deletes the item with its log, its moves, its plan and the plan's versions, under the item's lock so
// that an activity or a plan write racing the delete either committed before (and goes with it) or
// finds the item gone. The ledger is the pair's, not the item's: it stays.
MATCH (item:PipelineItem {id: $id})
SET item._lock = true
REMOVE item._lock
WITH item
CALL (item) {
  MATCH (item)-[:HAS_ACTIVITY|MOVED]->(record)
  DETACH DELETE record
}
CALL (item) {
  MATCH (item)-[:HAS_PLAN]->(plan:PartnershipPlan)
  CALL (plan) {
    MATCH (plan)-[:HAS_VERSION]->(version:PlanVersion)
    DETACH DELETE version
  }
  DETACH DELETE plan
}
DETACH DELETE item
RETURN $id AS id
