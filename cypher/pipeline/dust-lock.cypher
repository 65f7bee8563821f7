// One dust check at a time, across API processes: the second waits on this lock, then reads what the
// first marked reported, and reports nothing twice.
MERGE (lock:PipelineDustLock {id: 'dust'})
SET lock._lock = true
REMOVE lock._lock
RETURN lock.id AS id
