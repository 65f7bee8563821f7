// The import lock, if any, with how long its holder has been silent (by the database's clock, the same for every process).
MATCH (l:ImportLock {id: 'import'})
RETURN l {
  .run, .dataset, .folder, .replace, .pid, .host, .phase, .file, .rows,
  startedAt: toString(l.startedAt),
  heartbeatAt: toString(datetime.truncate('second', l.heartbeatAt)),
  silentSeconds: duration.inSeconds(l.heartbeatAt, datetime()).seconds
} AS lock
