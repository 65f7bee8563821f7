// candidate-pool.cypher for a few named candidates ($only: partnerFit, conflicts,
// shortlists): the same lists in the same shape, but every part starts from the
// listed companies (found through the id index) instead of from all of A's
// accounts, so a pair question about a hub does not pay for the hub's whole
// customer base. $segment / $capability filter candidates (null = no filter);
// $hidden lists partnership ids to leave out, as in candidate-pool.cypher.
MATCH (a:Company {id: $focal})
WITH a, COUNT { (a)-[:SERVES]->() } AS degreeA
RETURN
  a {.id, .name, .customerCount, .capabilityCount, .employees} AS focal,
  head(COLLECT { MATCH (d:Dataset {id: 'loaded'}) RETURN d.companiesVersion }) AS directoryVersion,
  COLLECT {
    MATCH (b:Company)
    WHERE b.id IN $only AND b <> a
      AND ($segment IS NULL OR EXISTS { (b)-[:TARGETS]->(:Segment {id: $segment}) })
      AND ($capability IS NULL OR EXISTS { (b)-[:OFFERS]->(:Capability {id: $capability}) })
    RETURN [b.id, b.name, coalesce(b.customerCount, 0), coalesce(b.capabilityCount, 0), b.employees]
  } AS candidates,
  // |C(A) ∩ C(B)| per listed B, the cheap way for the pair's sizes (as in
  // overlap.cypher): walk the much smaller side's accounts and look for the
  // other company from each customer, or hash-join two similar sides.
  COLLECT {
    MATCH (b:Company)
    WHERE b.id IN $only AND b <> a
    WITH b, COUNT { (b)-[:SERVES]->() } AS degreeB
    CALL (a, b, degreeA, degreeB) {
      WITH a, b WHERE degreeA * 16 <= degreeB
      MATCH (a)-[mine:SERVES]->(customer)
      WHERE mine.stage = 'customer'
      CALL (customer, b) { MATCH (customer)<-[theirs:SERVES]-(b) WHERE theirs.stage = 'customer' RETURN theirs }
      RETURN count(*) AS shared
    UNION ALL
      WITH a, b WHERE degreeB * 16 < degreeA
      MATCH (b)-[theirs:SERVES]->(customer)
      WHERE theirs.stage = 'customer'
      CALL (customer, a) { MATCH (customer)<-[mine:SERVES]-(a) WHERE mine.stage = 'customer' RETURN mine }
      RETURN count(*) AS shared
    UNION ALL
      WITH a, b WHERE degreeA * 16 > degreeB AND degreeB * 16 >= degreeA
      MATCH (a)-[mine:SERVES]->(customer)
      MATCH (customer)<-[theirs:SERVES]-(b)
      USING JOIN ON customer
      WHERE mine.stage = 'customer' AND theirs.stage = 'customer'
      RETURN count(*) AS shared
    }
    WITH b, sum(shared) AS shared
    WHERE shared > 0
    RETURN [b.id, shared]
  } AS shared,
  // Warm introductions per listed B, as in candidate-pool.cypher.
  COLLECT {
    MATCH (a)-[mine:SERVES]->(customer)
    WHERE mine.stage <> 'customer'
    MATCH (customer)<-[theirs:SERVES]-(b:Company)
    WHERE theirs.stage = 'customer' AND b.id IN $only AND b <> a
    WITH b, count(DISTINCT customer) AS warm
    RETURN [b.id, warm]
  } AS warm,
  // K(A) ∩ K(B), one entry per capability of A listing the listed companies offering it.
  COLLECT {
    MATCH (a)-[oa:OFFERS]->(k:Capability)
    RETURN [k.id, k.name, k.category, oa.level, COLLECT {
      MATCH (k)<-[ob:OFFERS]-(b:Company)
      WHERE b.id IN $only AND b <> a
      RETURN [b.id, ob.level]
    }]
  } AS commonCapabilities,
  COLLECT { MATCH (a)-[:COMPETES_WITH]-(rival:Company) RETURN DISTINCT rival.id } AS rivals,
  COLLECT {
    MATCH (a)-[:PARTY_TO]->(p:Partnership {status: 'active'})<-[:PARTY_TO]-(partner:Company)
    WHERE partner <> a AND NOT p.id IN $hidden
    RETURN DISTINCT partner.id
  } AS partners,
  COLLECT {
    MATCH (a)-[:COMPETES_WITH]-(x:Company)-[:PARTY_TO]->(p:Partnership {status: 'active'})<-[:PARTY_TO]-(b:Company)
    WHERE b <> x AND b <> a AND NOT p.id IN $hidden AND b.id IN $only
    RETURN DISTINCT [b.id, x.id, x.name]
  } AS channelConflicts,
  COLLECT {
    MATCH (a)-[:PARTY_TO]->(p:Partnership {status: 'active'})<-[:PARTY_TO]-(x:Company)-[:COMPETES_WITH]-(b:Company)
    WHERE x <> a AND b <> a AND b <> x AND NOT p.id IN $hidden AND b.id IN $only
    RETURN DISTINCT [b.id, x.id, x.name]
  } AS partnerConflicts
