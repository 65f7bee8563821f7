// After a takeover has cleaned up, the lock describes this import.
MATCH (l:ImportLock {id: 'import', run: $run})
SET l.dataset = $dataset, l.folder = $folder, l.replace = $replace, l.phase = 'staging',
    l.startedAt = datetime.truncate('second', datetime()), l.heartbeatAt = datetime()
REMOVE l.recoveredFrom, l.file, l.rows
RETURN l.run AS run
