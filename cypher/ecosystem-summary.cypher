// Counts come from Neo4j's count store: constant time whatever the size.
// Accounts are counted from companies: a --replace import keeps the previous
// graph (relabelled) for a moment, and staged rows beside it, which must not count.
// The import lock, when there is one, says an import is running or was interrupted.
OPTIONAL MATCH (d:Dataset {id: 'loaded'})
RETURN d.name AS name,
       d.importedAt AS importedAt,
       COUNT { MATCH (:Company) } AS companies,
       COUNT { MATCH (:Customer) } AS customers,
       COUNT { MATCH (:Company)-[:SERVES]->() } AS accounts,
       COUNT { MATCH (:Partnership) } AS partnerships,
       head(COLLECT {
         MATCH (l:ImportLock {id: 'import'})
         RETURN l {
           .dataset, .replace, .phase, .pid, .host, .processStart, .file, .rows,
           startedAt: toString(l.startedAt),
           heartbeatAt: toString(datetime.truncate('second', l.heartbeatAt)),
           silentSeconds: CASE WHEN l.heartbeatAt > datetime() THEN 0 ELSE duration.inSeconds(l.heartbeatAt, datetime()).seconds END
         }
       }) AS importLock
