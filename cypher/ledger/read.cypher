// Ledger entries by id.
UNWIND $ids AS id
MATCH (e:LedgerEntry {id: id})
RETURN e {.*} AS entry
