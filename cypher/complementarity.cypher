// K(B) \ K(A), K(A) \ K(B) and K(A) ∩ K(B) with both levels. Separate MATCH
// clauses let complementarity(a, a) see the same OFFERS relationship twice.
MATCH (a:Company {id: $a}), (b:Company {id: $b})
RETURN a {.*} AS a, b {.*} AS b,
  COLLECT {
    MATCH (b)-[:OFFERS]->(k:Capability) WHERE NOT EXISTS { (a)-[:OFFERS]->(k) }
    RETURN k {.*} ORDER BY k.name
  } AS gapsFilledForA,
  COLLECT {
    MATCH (a)-[:OFFERS]->(k:Capability) WHERE NOT EXISTS { (b)-[:OFFERS]->(k) }
    RETURN k {.*} ORDER BY k.name
  } AS gapsFilledForB,
  COLLECT {
    MATCH (a)-[oa:OFFERS]->(k:Capability)
    MATCH (b)-[ob:OFFERS]->(k)
    RETURN {capability: k {.*}, levelA: oa.level, levelB: ob.level} ORDER BY k.name
  } AS competing
