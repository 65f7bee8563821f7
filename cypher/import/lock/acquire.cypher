// One import at a time per database: the lock is this node, and its id is
// unique (cypher/schema/01-constraints.cypher), so of two imports creating it
// at once one fails. The holder proves it is alive with a heartbeat
// (heartbeat.cypher) and by its process (pid, host, processStart); `phase`
// says what a takeover must clean up or finish.
CREATE (l:ImportLock {
  id: 'import',
  run: $run,
  dataset: $dataset,
  folder: $folder,
  replace: $replace,
  pid: $pid,
  host: $host,
  processStart: $processStart,
  phase: 'staging',
  startedAt: datetime.truncate('second', datetime()),
  heartbeatAt: datetime()
})
RETURN l.run AS run
