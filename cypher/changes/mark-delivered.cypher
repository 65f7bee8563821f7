// The webhook took this import's changes, or gave up on them after every try.
MATCH (run:ImportRun {id: $id})
REMOVE run.webhookPending
RETURN run.id AS id
