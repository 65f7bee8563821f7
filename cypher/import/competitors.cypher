// A rivalry is stored as declared; queries read it in both directions.
UNWIND $rows AS row
MATCH (a:Company {id: row.company_id}), (b:Company {id: row.competitor_id})
MERGE (a)-[:COMPETES_WITH]->(b)
