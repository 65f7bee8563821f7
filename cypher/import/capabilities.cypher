UNWIND $rows AS row
MATCH (c:Company {id: row.company_id})
MERGE (k:Capability {id: row.capability_id})
  ON CREATE SET k.name = row.capability
SET k.category = coalesce(row.category, k.category)
MERGE (c)-[o:OFFERS]->(k)
SET o.level = row.level
