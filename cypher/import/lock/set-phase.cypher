MATCH (l:ImportLock {id: 'import', run: $run})
SET l.phase = $phase, l.heartbeatAt = datetime()
RETURN l.run AS run
