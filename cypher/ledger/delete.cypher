// Deletes a ledger entry. No row: no such entry.
MATCH (e:LedgerEntry {id: $id})
DETACH DELETE e
RETURN $id AS id
