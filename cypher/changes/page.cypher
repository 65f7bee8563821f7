// A page of changes, in changes/list.cypher's order (newest import first,
// each import's changes in its order): those after the key ($afterFinishedAt,
// $afterRun, $afterSeq; null for the first page), one more than $first, and
// how many the list holds. A later import sorts before the first page, so a
// cursor stays valid across imports.
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
WITH run, change ORDER BY run.finishedAt DESC, run.id DESC, change.seq
WITH collect(change {.*, importId: run.id, importedAt: run.finishedAt, dataset: run.dataset}) AS listed
RETURN
  size(listed) AS total,
  [change IN listed WHERE $afterFinishedAt IS NULL
      OR change.importedAt < $afterFinishedAt
      OR (change.importedAt = $afterFinishedAt AND (change.importId < $afterRun OR (change.importId = $afterRun AND change.seq > $afterSeq)))
  ][0..toInteger($first) + 1] AS changes
