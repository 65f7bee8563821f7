// Moves the item to $stage, recording the move (from, to, when, who, why) after the item's others, and
// sets $extra on it (the signed partnership, for a move to SIGNED). Run under the item's lock (lock.cypher).
MATCH (item:PipelineItem {id: $id})
WITH item, item.stage AS from, COUNT { (item)-[:MOVED]->() } AS seq
CREATE (item)-[:MOVED]->(:PipelineMove {from: from, to: $stage, at: $now, by: $actor, note: $note, seq: seq})
SET item += $extra, item.stage = $stage, item.updatedAt = $now, item.updatedBy = $actor,
    item.touchedOn = CASE WHEN coalesce(item.touchedOn, '') < $today THEN $today ELSE item.touchedOn END
RETURN item.id AS id
