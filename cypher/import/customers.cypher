UNWIND $rows AS row
MERGE (cu:Customer {id: row.id})
SET cu += row.props
