// Stages accounts.csv. A customer not listed in customers.csv is created with
// name = id (and no `columns`, so a merge leaves a live customer's name alone).
// A row repeating a company–customer pair with another stage is returned.
UNWIND $rows AS row
MATCH (c:StagedCompany {id: row.company_id})
MERGE (cu:StagedCustomer {id: row.customer_id})
  ON CREATE SET cu.name = row.customer_id
MERGE (c)-[s:SERVES]->(cu)
  ON CREATE SET s.stage = row.stage
WITH s, row
WHERE s.stage <> row.stage
RETURN row.line AS line
