// Everything the fit of every candidate B for focal A needs, in one round trip:
// the set operations run here; the arithmetic runs in api/analysis/.
// $only limits the candidates to a list of ids (partnerFit, conflicts); null = all.
// $segment / $capability filter candidates (null = no filter).
MATCH (a:Company {id: $focal})
RETURN
  a {.id, .name, .customerCount, .capabilityCount, .employees} AS focal,
  // Every candidate with the aggregates the importer keeps.
  COLLECT {
    MATCH (b:Company)
    WHERE b <> a
      AND ($only IS NULL OR b.id IN $only)
      AND ($segment IS NULL OR EXISTS { (b)-[:TARGETS]->(:Segment {id: $segment}) })
      AND ($capability IS NULL OR EXISTS { (b)-[:OFFERS]->(:Capability {id: $capability}) })
    RETURN [b.id, b.name, coalesce(b.customerCount, 0), coalesce(b.capabilityCount, 0), b.employees]
  } AS candidates,
  // |C(A) ∩ C(B)| for every B that shares a customer with A.
  COLLECT {
    MATCH (a)-[:SERVES {stage: 'customer'}]->(:Customer)<-[:SERVES {stage: 'customer'}]-(b:Company)
    WHERE b <> a AND ($only IS NULL OR b.id IN $only)
    WITH b, count(*) AS shared
    RETURN [b.id, shared]
  } AS shared,
  // K(A) ∩ K(B), with both levels, for every B offering one of A's capabilities.
  COLLECT {
    MATCH (a)-[oa:OFFERS]->(k:Capability)<-[ob:OFFERS]-(b:Company)
    WHERE b <> a AND ($only IS NULL OR b.id IN $only)
    RETURN [b.id, k.id, k.name, k.category, oa.level, ob.level]
  } AS commonCapabilities,
  // Declared rivals of A, whichever side declared it.
  COLLECT { MATCH (a)-[:COMPETES_WITH]-(rival:Company) RETURN DISTINCT rival.id } AS rivals,
  // A's active partners (a consortium makes every party a partner of every other).
  COLLECT {
    MATCH (a)-[:PARTY_TO]->(:Partnership {status: 'active'})<-[:PARTY_TO]-(partner:Company)
    WHERE partner <> a
    RETURN DISTINCT partner.id
  } AS partners,
  // Channel conflicts: B is actively partnered with X, and X competes with A.
  COLLECT {
    MATCH (a)-[:COMPETES_WITH]-(x:Company)-[:PARTY_TO]->(:Partnership {status: 'active'})<-[:PARTY_TO]-(b:Company)
    WHERE b <> x AND b <> a AND ($only IS NULL OR b.id IN $only)
    RETURN DISTINCT [b.id, x.id, x.name]
  } AS channelConflicts,
  // Partner conflicts: X is actively partnered with A, and B competes with X.
  COLLECT {
    MATCH (a)-[:PARTY_TO]->(:Partnership {status: 'active'})<-[:PARTY_TO]-(x:Company)-[:COMPETES_WITH]-(b:Company)
    WHERE x <> a AND b <> a AND b <> x AND ($only IS NULL OR b.id IN $only)
    RETURN DISTINCT [b.id, x.id, x.name]
  } AS partnerConflicts
