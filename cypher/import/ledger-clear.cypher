// Staged ledger entries, once written (ledger-staged.cypher).
MATCH (s:StagedLedgerEntry)
DELETE s
RETURN count(*) AS cleared
