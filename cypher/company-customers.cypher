// A page of one company's accounts at $stage, by customer id: those after
// $after (null for the first page), one more than $first so the caller can
// tell whether the list goes on. Keyed by id, so a cursor stays valid across
// imports. The count is the company's own (customerCount and the like).
MATCH (:Company {id: $id})-[account:SERVES]->(customer:Customer)
WHERE account.stage = $stage AND ($after IS NULL OR customer.id > $after)
RETURN customer {.*} AS customer
ORDER BY customer.id
LIMIT toInteger($first) + 1
