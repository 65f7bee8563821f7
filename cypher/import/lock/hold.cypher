// The first statement of every write an import makes: a row back only while
// the lock is still this run's. The REMOVE takes the lock node's write lock
// before `run` is compared and keeps it until the transaction ends, so a
// takeover (take-over.cypher) either waits for this transaction to commit, and
// then cleans up what it wrote, or has already committed, and this
// transaction writes nothing. Either way no write of a run that lost the lock
// survives next to the work of the run that took it.
MATCH (l:ImportLock {id: 'import'})
REMOVE l.holdProbe
WITH l
WHERE l.run = $run
RETURN l.run AS run
