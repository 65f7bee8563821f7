// Adds $activity to the item's log, unless the log holds $max already (`logged` false: nothing written).
// touchedOn moves to the activity's date when that is later. Run under the item's lock (lock.cypher), so
// the count is of the activities committed before this one.
MATCH (item:PipelineItem {id: $id})
WITH item, COUNT { (item)-[:HAS_ACTIVITY]->() } < $max AS room
CALL (item, room) {
  WITH * WHERE room
  CREATE (item)-[:HAS_ACTIVITY]->(:PipelineActivity {
    id: $activity.id, kind: $activity.kind, on: $activity.on, summary: $activity.summary,
    by: $activity.by, recordedAt: $activity.recordedAt
  })
  SET item.updatedAt = $activity.recordedAt,
      item.touchedOn = CASE WHEN coalesce(item.touchedOn, '') < $activity.on THEN $activity.on ELSE item.touchedOn END
}
RETURN item.id AS id, room AS logged
