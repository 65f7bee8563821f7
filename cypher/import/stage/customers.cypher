// Stages customers.csv, as companies.cypher stages companies. A customer whose
// row has no name is named by its id, unless it is in the graph already (its
// name is not in `columns` then, so a merge leaves the graph's name alone).
UNWIND $rows AS row
MERGE (c:StagedCustomer {id: row.id})
  ON CREATE SET c += row.props, c.name = coalesce(row.props.name, c.name, row.id), c.columns = CASE WHEN $merging THEN keys(row.props) END
WITH c, row
WHERE any(key IN keys(row.props) WHERE NOT coalesce(c[key] = row.props[key], c[key] IS NULL AND row.props[key] IS NULL))
RETURN row.line AS line
