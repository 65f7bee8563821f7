// Upserts companies. `row.props` holds only the columns the file has, so a
// re-import without a column leaves that property alone; an empty value clears it.
UNWIND $rows AS row
MERGE (c:Company {id: row.id})
SET c += row.props
