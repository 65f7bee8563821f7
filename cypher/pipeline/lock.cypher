// Takes the item's write lock (setting and removing a property locks the node until commit) and reads it:
// every change to an item, its log and its plan runs after this in its transaction, so changes to one
// item run one after another and each sees the last one's result. No row: no such item.
MATCH (item:PipelineItem {id: $id})
SET item._lock = true
REMOVE item._lock
RETURN item {.*, activityCount: COUNT { (item)-[:HAS_ACTIVITY]->() }} AS item
