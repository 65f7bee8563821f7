// The ledger entries an import staged, to be written in the transaction that makes it take effect.
MATCH (s:StagedLedgerEntry)
RETURN properties(s) AS entry
ORDER BY s.id
