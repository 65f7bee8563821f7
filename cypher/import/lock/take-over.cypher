// Takes the lock of a holder found dead ($staleRun). The REMOVE takes the
// node's write lock before `run` is compared, so of two processes taking over
// at once the second sees the first's run and gets no row; a write of the dead
// holder still in flight (hold.cypher) commits first. The phase is kept: it
// says what the dead holder left to clean up or finish.
MATCH (l:ImportLock {id: 'import'})
REMOVE l.takeOverProbe
WITH l
WHERE l.run = $staleRun
SET l.run = $run, l.pid = $pid, l.host = $host, l.processStart = $processStart, l.heartbeatAt = datetime(), l.recoveredFrom = $staleRun
RETURN l.run AS run
