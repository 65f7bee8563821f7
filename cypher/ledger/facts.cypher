// What partner impact weighs of $focal's ledger: each entry with $partners (all partners when null) and
// every entry without a partner (the baseline), only the fields the figures use. At most 200,000 entries.
MATCH (e:LedgerEntry {focalId: $focal})
WHERE $partners IS NULL OR e.partnerId IS NULL OR e.partnerId IN $partners
RETURN e.partnerId AS partnerId, e.direction AS direction, e.outcome AS outcome, e.value AS value,
       e.referredOn AS referredOn, e.closedOn AS closedOn
LIMIT 200000
