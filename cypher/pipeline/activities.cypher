// One item's log, newest first (by the day it happened, then when it was written down), paged.
MATCH (:PipelineItem {id: $id})-[:HAS_ACTIVITY]->(activity:PipelineActivity)
RETURN activity {.*} AS activity
ORDER BY activity.on DESC, activity.recordedAt DESC, activity.id
SKIP toInteger($offset)
LIMIT toInteger($first)
