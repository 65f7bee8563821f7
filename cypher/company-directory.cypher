// Every company with the aggregates the importer keeps: the candidates of a
// ranking before anything about the focal company is known. The API keeps it
// between requests (api/analysis/company-directory.ts) under the version read
// here, in the same transaction, and asks again when the version changes.
RETURN
  head(COLLECT { MATCH (d:Dataset {id: 'loaded'}) RETURN d.companiesVersion }) AS version,
  COLLECT {
    MATCH (b:Company)
    RETURN [b.id, b.name, coalesce(b.customerCount, 0), coalesce(b.capabilityCount, 0), b.employees]
  } AS companies
