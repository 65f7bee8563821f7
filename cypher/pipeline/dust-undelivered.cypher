// Dust checks whose changes were recorded but not yet sent to the webhook (the process stopped in
// between), oldest first, with their changes in order.
MATCH (run:ImportRun {webhookPending: true, kind: 'dust-check'})
WITH run ORDER BY run.finishedAt, run.id
RETURN run {
  .id, .dataset, .replace, .finishedAt, .counts,
  changes: COLLECT { MATCH (run)-[:CHANGED]->(change:Change) RETURN change {.*} ORDER BY change.seq }
} AS run
