// Writes ledger entries, by id: a new one is created, one that exists is replaced by what is given (a
// null value removes the property). The importer runs this in its own transaction for a CRM deals export
// (entries from api/ledger/ledger-from-deal.ts), the API for one entry at a time.
//
// $entries: [{id, focalId, partnerId, direction, kind, name, account, outcome, value, currency,
//             referredOn, closedOn, note, source, externalId, updatedAt, updatedBy}]
// $today:   YYYY-MM-DD
//
// An entry names its companies by id, never by a relationship, so it outlives every import. Its dates
// count as activity of the pair's pipeline item (touchedOn): a referral is news of the partnership.
UNWIND $entries AS entry
MERGE (e:LedgerEntry {id: entry.id})
  ON CREATE SET e.createdAt = entry.updatedAt, e.createdBy = entry.updatedBy
SET e += entry
WITH e, entry
CALL (entry) {
  MATCH (item:PipelineItem {key: entry.focalId + '|' + entry.partnerId})
  SET item.touchedOn = reduce(latest = coalesce(item.touchedOn, ''), day IN [entry.referredOn, entry.closedOn] |
    CASE WHEN day IS NOT NULL AND day <= $today AND day > latest THEN day ELSE latest END)
}
RETURN count(e) AS written
