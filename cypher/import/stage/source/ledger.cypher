// A CRM deals export's rows, staged as the ledger entries they become
// (api/ledger/ledger-from-deal.ts): ledger entries are the user's record,
// not the market, and take effect with the import (publish-staged.ts), or not at all.
UNWIND $rows AS row
MERGE (s:StagedLedgerEntry {id: row.entry.id})
SET s += row.entry
