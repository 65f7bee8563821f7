// Stages capabilities.csv; a row repeating a company–capability pair with another level is returned.
UNWIND $rows AS row
MATCH (c:StagedCompany {id: row.company_id})
MERGE (k:StagedCapability {id: row.capability_id})
  ON CREATE SET k.name = row.capability
SET k.category = coalesce(row.category, k.category)
MERGE (c)-[o:OFFERS]->(k)
  ON CREATE SET o.level = row.level
WITH o, row
WHERE o.level <> row.level
RETURN row.line AS line
