// When a folder is merged into the graph, its rows may name live companies
// that companies.csv does not list: each gets a placeholder to attach staged
// rows to, made in the transaction of the first chunk that names it.
UNWIND $ids AS id
MERGE (c:StagedCompany {id: id})
  ON CREATE SET c.placeholder = true
