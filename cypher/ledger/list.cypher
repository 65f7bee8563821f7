// $focal's ledger, newest referral first: with $partner only, or with $withoutPartner only its deals
// without a partner; paged.
MATCH (e:LedgerEntry {focalId: $focal})
WHERE ($partner IS NULL OR e.partnerId = $partner) AND (NOT $withoutPartner OR e.partnerId IS NULL)
RETURN e {.*} AS entry
ORDER BY coalesce(e.referredOn, '') DESC, e.createdAt DESC, e.id
SKIP toInteger($offset)
LIMIT toInteger($first)
