// Takes a ledger entry's write lock and reads it, so that a change merges into the entry as the last
// change left it. No row: no such entry.
MATCH (e:LedgerEntry {id: $id})
SET e._lock = true
REMOVE e._lock
RETURN e {.*} AS entry
