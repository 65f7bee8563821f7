// A company directory's categories: what the company does, so core.
UNWIND $rows AS row
MATCH (c:StagedCompany {id: row.company_id})
MERGE (k:StagedCapability {id: row.capability_id})
  ON CREATE SET k.name = row.capability
MERGE (c)-[o:OFFERS]->(k)
  ON CREATE SET o.level = 'core'
