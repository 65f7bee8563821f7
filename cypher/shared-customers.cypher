// C(A) ∩ C(B), by name. EXISTS is its own pattern, so a = b works too.
MATCH (:Company {id: $a})-[:SERVES {stage: 'customer'}]->(customer:Customer)
WHERE EXISTS { (customer)<-[:SERVES {stage: 'customer'}]-(:Company {id: $b}) }
RETURN customer {.*} AS customer
ORDER BY customer.name, customer.id
SKIP toInteger($offset)
LIMIT toInteger($first)
