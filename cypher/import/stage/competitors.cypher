// A rivalry is stored as declared; queries read it in both directions.
UNWIND $rows AS row
MATCH (a:StagedCompany {id: row.company_id}), (b:StagedCompany {id: row.competitor_id})
MERGE (a)-[:COMPETES_WITH]->(b)
