// Stages customers.csv, as companies.cypher stages companies.
UNWIND $rows AS row
MERGE (c:StagedCustomer {id: row.id})
  ON CREATE SET c += row.props, c.columns = CASE WHEN $merging THEN keys(row.props) END
WITH c, row
WHERE any(key IN keys(row.props) WHERE NOT coalesce(c[key] = row.props[key], c[key] IS NULL AND row.props[key] IS NULL))
RETURN row.line AS line
