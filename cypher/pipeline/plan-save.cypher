// Writes the item's plan ($plan: its parts as JSON text) and records the version ($changes: what changed,
// one sentence each; $snapshot: the whole plan as it now is). Run under the item's lock (lock.cypher),
// after reading the plan there, so versions follow one another and no write is lost.
MATCH (item:PipelineItem {id: $itemId})
MERGE (plan:PartnershipPlan {itemId: $itemId})
MERGE (item)-[:HAS_PLAN]->(plan)
SET plan += $plan
CREATE (plan)-[:HAS_VERSION]->(:PlanVersion {version: $plan.version, at: $plan.updatedAt, by: $plan.updatedBy, changes: $changes, snapshot: $snapshot})
SET item.updatedAt = $plan.updatedAt,
    item.touchedOn = CASE WHEN coalesce(item.touchedOn, '') < $today THEN $today ELSE item.touchedOn END
RETURN plan.version AS version
