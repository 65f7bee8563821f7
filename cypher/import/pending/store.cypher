// Written in the transaction that makes an import take effect (the switch, or
// the merge's point of no return): what is still to do once it has. A process
// that finds the import killed completes it from here (api/import/pending-completion.ts):
// the ranking calibrated on the new graph, the changes diffed against the
// market as it was (`snapshot`, JSON, null when it could not be read), the
// webhook told. Only ever one: an import completes the last one before it stages.
// `calibrated` starts true for a write that changed no partnership: nothing to learn anew.
MERGE (p:PendingCompletion {id: 'import'})
SET p.run = $run, p.dataset = $dataset, p.title = $title, p.replace = $replace, p.snapshot = $snapshot, p.calibrated = $calibrated
RETURN p.run AS run
