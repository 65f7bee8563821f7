// Account mapping of A and B: customers in both populations, per pair of stages.
// Separate MATCH clauses rather than one path so that overlap(a, a) can use the
// same SERVES relationship on both sides (uniqueness holds only within a clause).
//
// Why three branches (exactly one runs; the others stop at their WHERE): a plan
// is compiled once, but the cheap way depends on the two customer bases, and a
// hub serves thousands of times more accounts than a small vendor.
// - One side is much smaller: walk its accounts and, from each customer, look
//   for the other company (Expand(Into) from the customer, whose degree is
//   small). Cost: the small side's accounts × a customer's vendors. The CALL
//   keeps the planner from turning it into a join over the hub's accounts.
// - Similar sizes: read both sides' accounts once and hash-join on the customer.
//   Cost: |A| + |B|.
// 16 is about the number of vendors of the customers a company serves (busy
// customers are the ones most companies share), where the two costs meet.
// Degrees come from COUNT { }, which dense nodes answer from a counter.
MATCH (a:Company {id: $a}), (b:Company {id: $b})
WITH a, b, COUNT { (a)-[:SERVES]->() } AS degreeA, COUNT { (b)-[:SERVES]->() } AS degreeB
RETURN a {.*} AS a, b {.*} AS b, COLLECT {
  CALL (a, b, degreeA, degreeB) {
    WITH a, b WHERE degreeA * 16 <= degreeB
    MATCH (a)-[ra:SERVES]->(customer)
    CALL (customer, b) { MATCH (customer)<-[rb:SERVES]-(b) RETURN rb }
    RETURN ra.stage AS stageA, rb.stage AS stageB
  UNION ALL
    WITH a, b WHERE degreeB * 16 < degreeA
    MATCH (b)-[rb:SERVES]->(customer)
    CALL (customer, a) { MATCH (customer)<-[ra:SERVES]-(a) RETURN ra }
    RETURN ra.stage AS stageA, rb.stage AS stageB
  UNION ALL
    WITH a, b WHERE degreeA * 16 > degreeB AND degreeB * 16 >= degreeA
    MATCH (a)-[ra:SERVES]->(customer)
    MATCH (customer)<-[rb:SERVES]-(b)
    USING JOIN ON customer
    RETURN ra.stage AS stageA, rb.stage AS stageB
  }
  WITH stageA, stageB, count(*) AS count
  RETURN {stageA: stageA, stageB: stageB, count: count}
} AS matrix
