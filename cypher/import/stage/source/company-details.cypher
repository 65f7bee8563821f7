// A company directory's details of a company (employees, description), staged
// on its entity or on the placeholder of a company the graph has. A value the
// staged company already has (from companies.csv, or an earlier row) stays.
// When the folder is merged into the graph, the details join its columns, so
// they are applied and nothing else is.
UNWIND $rows AS row
MATCH (c:StagedCompany {id: row.id})
SET c.employees = coalesce(c.employees, row.details.employees),
    c.description = coalesce(c.description, row.details.description),
    c.columns = CASE
      WHEN c.columns IS NULL AND c.placeholder IS NULL THEN null
      ELSE coalesce(c.columns, []) + [key IN keys(row.details) WHERE NOT key IN coalesce(c.columns, [])]
    END
