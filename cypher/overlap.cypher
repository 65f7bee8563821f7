// Account mapping of A and B: customers in both populations, per pair of stages.
// Two MATCH clauses rather than one path so that overlap(a, a) can use the same
// SERVES relationship on both sides (uniqueness holds only within a clause).
MATCH (a:Company {id: $a}), (b:Company {id: $b})
RETURN a {.*} AS a, b {.*} AS b, COLLECT {
  MATCH (a)-[ra:SERVES]->(customer:Customer)
  MATCH (customer)<-[rb:SERVES]-(b)
  WITH ra.stage AS stageA, rb.stage AS stageB, count(customer) AS count
  RETURN {stageA: stageA, stageB: stageB, count: count}
} AS matrix
