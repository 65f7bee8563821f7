// The import lock, if any, with how long its holder has been silent (by the database's clock, the same for every process).
// datetime() is the time this transaction started, so a heartbeat committed after
// that start would read as "-1 s ago": it counts as 0.
MATCH (l:ImportLock {id: 'import'})
RETURN l {
  .run, .dataset, .folder, .replace, .pid, .host, .processStart, .phase, .file, .rows,
  startedAt: toString(l.startedAt),
  heartbeatAt: toString(datetime.truncate('second', l.heartbeatAt)),
  silentSeconds: CASE WHEN l.heartbeatAt > datetime() THEN 0 ELSE duration.inSeconds(l.heartbeatAt, datetime()).seconds END
} AS lock
