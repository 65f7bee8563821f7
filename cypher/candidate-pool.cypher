// Everything the fit of every candidate B for focal A needs, in one round trip:
// the set operations run here; the arithmetic runs in api/analysis/.
// Every company is a candidate (candidate-pool-listed.cypher asks about a few).
// $segment / $capability filter candidates (null = no filter). $hidden lists
// partnership ids to leave out, as if unknown (the backtest and the ranking's
// calibration); [] for every request of the API.
//
// Measured on the M ecosystem (10,000 companies, 1,000,000 accounts; bench/):
// the shared-customer list dominates for hubs (a hub's customers lead to
// ~290,000 accounts of other companies), so that expansion reads as little
// as possible per account; see its comment.
MATCH (a:Company {id: $focal})
RETURN
  a {.id, .name, .customerCount, .capabilityCount, .employees} AS focal,
  // The candidates themselves come from the market directory the API keeps
  // (cypher/market-directory.cypher): reading and sending 10,000 companies
  // for every ranking was most of its time at M. This is the directory's
  // version, read in this transaction, so the API can tell whether its copy is current.
  head(COLLECT { MATCH (d:Dataset {id: 'loaded'}) RETURN d.companiesVersion }) AS directoryVersion,
  // The filters, from the segment and the capability (an id of null finds nothing).
  COLLECT { MATCH (:Segment {id: $segment})<-[:TARGETS]-(b:Company) RETURN b.id } AS inSegment,
  COLLECT { MATCH (:Capability {id: $capability})<-[:OFFERS]-(b:Company) RETURN b.id } AS offeringCapability,
  // |C(A) ∩ C(B)| for every B that shares a customer with A. Two MATCH clauses
  // and no labels on the far side: SERVES only ever joins a Company to a
  // Customer (the importer's MERGE), so label checks would be a node read per
  // account for nothing; b <> a is what keeps A's own account out.
  COLLECT {
    MATCH (a)-[mine:SERVES]->(customer)
    WHERE mine.stage = 'customer'
    MATCH (customer)<-[theirs:SERVES]-(b)
    WHERE theirs.stage = 'customer' AND b <> a
    WITH b, count(*) AS shared
    RETURN [b.id, shared]
  } AS shared,
  // Warm introductions: A's prospects and opportunities that are B's customers
  // (the population matrix's "my prospects, their customers"), per B. A's
  // non-customer accounts are few, so this walk is small.
  COLLECT {
    MATCH (a)-[mine:SERVES]->(customer)
    WHERE mine.stage <> 'customer'
    MATCH (customer)<-[theirs:SERVES]-(b)
    WHERE theirs.stage = 'customer' AND b <> a
    WITH b, count(DISTINCT customer) AS warm
    RETURN [b.id, warm]
  } AS warm,
  // K(A) ∩ K(B), with both levels, for every B offering one of A's capabilities:
  // one entry per capability of A, listing the other companies offering it, so
  // a capability's id, name and category travel once instead of once per company.
  COLLECT {
    MATCH (a)-[oa:OFFERS]->(k:Capability)
    RETURN [k.id, k.name, k.category, oa.level, COLLECT {
      MATCH (k)<-[ob:OFFERS]-(b:Company)
      WHERE b <> a
      RETURN [b.id, ob.level]
    }]
  } AS commonCapabilities,
  // Declared rivals of A, whichever side declared it.
  COLLECT { MATCH (a)-[:COMPETES_WITH]-(rival:Company) RETURN DISTINCT rival.id } AS rivals,
  // A's active partners (a consortium makes every party a partner of every other).
  COLLECT {
    MATCH (a)-[:PARTY_TO]->(p:Partnership {status: 'active'})<-[:PARTY_TO]-(partner:Company)
    WHERE partner <> a AND NOT p.id IN $hidden
    RETURN DISTINCT partner.id
  } AS partners,
  // Channel conflicts: B is actively partnered with X, and X competes with A.
  COLLECT {
    MATCH (a)-[:COMPETES_WITH]-(x:Company)-[:PARTY_TO]->(p:Partnership {status: 'active'})<-[:PARTY_TO]-(b:Company)
    WHERE b <> x AND b <> a AND NOT p.id IN $hidden
    RETURN DISTINCT [b.id, x.id, x.name]
  } AS channelConflicts,
  // Partner conflicts: X is actively partnered with A, and B competes with X.
  COLLECT {
    MATCH (a)-[:PARTY_TO]->(p:Partnership {status: 'active'})<-[:PARTY_TO]-(x:Company)-[:COMPETES_WITH]-(b:Company)
    WHERE x <> a AND b <> a AND b <> x AND NOT p.id IN $hidden
    RETURN DISTINCT [b.id, x.id, x.name]
  } AS partnerConflicts
