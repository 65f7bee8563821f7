// Records a dust check that found something new as a run of its own, stored as imports store theirs
// (cypher/changes/record.cypher), so changes(…) lists its GATHERING_DUST changes beside imports' and the
// webhook gets them the same way (`webhookPending` until sent). Each change also names its pipeline item
// and why. `kind` tells the run from an import's. Marks each item's reported flags ($marks) in the same
// transaction, so a kill between the two reports nothing twice and loses nothing.
CREATE (run:ImportRun {id: $run.id, dataset: $run.dataset, replace: false, finishedAt: $run.finishedAt,
                       baseline: false, counts: $run.counts, webhookPending: $run.webhookPending, kind: 'dust-check'})
WITH run
CALL (run) {
  UNWIND $changes AS change
  CREATE (run)-[:CHANGED]->(:Change {
    seq: change.seq, kind: change.kind, sentence: change.sentence, concerns: change.concerns, companies: change.companies,
    partnershipId: change.partnershipId, typeId: change.typeId, before: change.before, after: change.after,
    pipelineItemId: change.pipelineItemId, dustReason: change.dustReason
  })
}
CALL () {
  UNWIND $marks AS mark
  MATCH (item:PipelineItem {id: mark.id})
  SET item.dustReported = mark.keys
}
RETURN run.id AS id
