// Sets the flags each item now has as reported ($marks: {id, keys}), when a check found nothing new to
// record but some flags cleared (so that a flag coming back is reported again).
UNWIND $marks AS mark
MATCH (item:PipelineItem {id: mark.id})
SET item.dustReported = mark.keys
RETURN count(item) AS marked
