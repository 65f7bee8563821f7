// The holder is alive, and where it is. No row back: the lock is no longer ours.
MATCH (l:ImportLock {id: 'import', run: $run})
SET l.heartbeatAt = datetime(), l.file = $file, l.rows = $rows
RETURN l.run AS run
