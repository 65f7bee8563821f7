// A customer referenced here but not listed in customers.csv is created with name = id.
UNWIND $rows AS row
MATCH (c:Company {id: row.company_id})
MERGE (cu:Customer {id: row.customer_id})
  ON CREATE SET cu.name = row.customer_id
MERGE (c)-[s:SERVES]->(cu)
SET s.stage = row.stage
