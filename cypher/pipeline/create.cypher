// Starts a pipeline item, one per focal company and candidate: MERGE on `key` (focalId|candidateId, unique),
// so two clients starting the same pair at once make one item, and the second learns it was not the one
// (`created` false). The item's start is its first stage move. Companies are named by id, never linked:
// a --replace import swaps every company node and must leave the item alone.
MERGE (item:PipelineItem {key: $item.key})
  ON CREATE SET item += $item, item.createdNow = true
WITH item, coalesce(item.createdNow, false) AS created
REMOVE item.createdNow
WITH item, created
CALL (item, created) {
  WITH * WHERE created
  CREATE (item)-[:MOVED]->(:PipelineMove {to: item.stage, at: item.createdAt, by: item.createdBy, note: $note, seq: 0})
}
RETURN item.id AS id, created
