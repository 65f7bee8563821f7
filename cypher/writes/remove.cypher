// Removes what removeRecords lists, in the transaction that records the write
// (api/writes/remove-records.ts): relationships first, then partnerships,
// customers (with their accounts) and companies (with everything they hold,
// and the partnerships they leave with fewer than two parties). Returns the
// companies whose counts must be taken again, and how many records went.
CALL () {
  UNWIND $accounts AS key
  MATCH (c:Company {id: key.company})-[s:SERVES]->(:Customer {id: key.customer})
  DELETE s
  RETURN collect(DISTINCT c.id) AS fromAccounts, count(*) AS accounts
}
CALL () {
  UNWIND $offers AS key
  MATCH (c:Company {id: key.company})-[o:OFFERS]->(:Capability {id: key.capability})
  DELETE o
  RETURN collect(DISTINCT c.id) AS fromOffers, count(*) AS offers
}
CALL () {
  UNWIND $targets AS key
  MATCH (:Company {id: key.company})-[t:TARGETS]->(:Segment {id: key.segment})
  DELETE t
  RETURN count(*) AS targets
}
CALL () {
  UNWIND $rivalries AS key
  MATCH (:Company {id: key.company})-[r:COMPETES_WITH]-(:Company {id: key.competitor})
  DELETE r
  RETURN count(*) AS rivalries
}
CALL () {
  UNWIND $partnerships AS id
  MATCH (p:Partnership {id: id})
  DETACH DELETE p
  RETURN count(*) AS partnerships
}
CALL () {
  UNWIND $customers AS id
  MATCH (cu:Customer {id: id})
  WITH cu, COLLECT { MATCH (c:Company)-[:SERVES]->(cu) RETURN c.id } AS vendors
  DETACH DELETE cu
  RETURN collect(vendors) AS fromCustomers, count(*) AS customers
}
CALL () {
  UNWIND $companies AS id
  MATCH (c:Company {id: id})
  CALL (c) {
    MATCH (c)-[:PARTY_TO]->(p:Partnership)
    WHERE COUNT { (p)<-[:PARTY_TO]-() } <= 2
    DETACH DELETE p
  }
  DETACH DELETE c
  RETURN count(*) AS companies
}
RETURN fromAccounts, fromOffers, fromCustomers, accounts + offers + targets + rivalries + partnerships + customers + companies AS removed
