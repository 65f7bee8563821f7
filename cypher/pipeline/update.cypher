// Sets the item's owner, next step and its date ($fields: a null value removes the property), and dates
// the change as activity (touchedOn, the latest date anything happened to the item).
MATCH (item:PipelineItem {id: $id})
SET item += $fields, item.updatedAt = $now, item.updatedBy = $actor,
    item.touchedOn = CASE WHEN coalesce(item.touchedOn, '') < $today THEN $today ELSE item.touchedOn END
RETURN item.id AS id
