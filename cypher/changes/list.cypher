// Changes imports recorded, newest import first, each import's in its order:
// those of imports finished after $since, or of the last import when $since
// is null; only those concerning $focal when it is not null.
CALL () {
  MATCH (run:ImportRun)
  WHERE $since IS NOT NULL AND run.finishedAt > $since
  RETURN run
  UNION
  MATCH (run:ImportRun)
  // The last import or write: a gathering-dust check (kind 'dust-check') records changes too, but changes no market.
  WHERE $since IS NULL AND run.kind IS NULL
  WITH run ORDER BY run.finishedAt DESC, run.id DESC LIMIT 1
  RETURN run
}
MATCH (run)-[:CHANGED]->(change:Change)
WHERE $focal IS NULL OR $focal IN change.concerns
RETURN change {.*, importId: run.id, importedAt: run.finishedAt, dataset: run.dataset} AS change
ORDER BY run.finishedAt DESC, run.id DESC, change.seq
LIMIT toInteger($first)
