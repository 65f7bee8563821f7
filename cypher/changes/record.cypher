// Stores one import's run and its changes: (:ImportRun)-[:CHANGED]->(:Change),
// each change's companies as JSON (id, name then, role) and `concerns` the
// ids changes(focal:) finds it by. `webhookPending` stays true until the
// changes are sent (mark-delivered.cypher).
CREATE (run:ImportRun {id: $run.id, dataset: $run.dataset, replace: $run.replace, finishedAt: $run.finishedAt,
                       baseline: $run.baseline, counts: $run.counts, webhookPending: $run.webhookPending})
WITH run
UNWIND $changes AS change
CREATE (run)-[:CHANGED]->(:Change {
  seq: change.seq, kind: change.kind, sentence: change.sentence, concerns: change.concerns, companies: change.companies,
  partnershipId: change.partnershipId, typeId: change.typeId, statusBefore: change.statusBefore, statusAfter: change.statusAfter,
  before: change.before, after: change.after, shortlistId: change.shortlistId, shortlistName: change.shortlistName
})
RETURN count(*) AS stored
