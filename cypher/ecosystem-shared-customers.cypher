// Who shares customers with whom, as the sets of drawn companies (positions
// in $ids) that serve the same customer, each with how many customers it
// serves; api/analysis/ecosystem-graph.ts turns them into pair counts. Each
// drawn company's accounts are read once, and the pairs are not made here:
// a customer served by n drawn companies gives n·(n−1)/2 pairs, and a map of
// 300 companies around a hub would have Cypher count millions of rows that a
// loop in Node counts in milliseconds.
// One row per set, streamed rather than collected into one value.
UNWIND range(0, size($ids) - 1) AS position
MATCH (x:Company {id: $ids[position]})
MATCH (x)-[account:SERVES]->(customer)
WHERE account.stage = 'customer'
WITH customer, collect(position) AS drawn
WHERE size(drawn) > 1
RETURN drawn, count(*) AS customers
