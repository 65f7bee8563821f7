// Stages companies.csv beside the live graph (StagedCompany nodes, which no
// question reads). `row.props` holds only the columns the file has; when the
// folder is merged into the graph, `columns` remembers them, so an absent
// column leaves the live property alone and an empty one clears it.
// A row repeating an id with other values is returned; the first row stays.
UNWIND $rows AS row
MERGE (c:StagedCompany {id: row.id})
  ON CREATE SET c += row.props, c.columns = CASE WHEN $merging THEN keys(row.props) END
WITH c, row
WHERE any(key IN keys(row.props) WHERE NOT coalesce(c[key] = row.props[key], c[key] IS NULL AND row.props[key] IS NULL))
RETURN row.line AS line
