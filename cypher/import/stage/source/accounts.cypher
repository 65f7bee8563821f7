// Stages an account from a strategist's file (api/import/source-rows.ts). Its
// company and customer are staged already: the entities the matcher made, or
// placeholders for ones the graph has. The same pair from several files keeps
// the most advanced stage (customer, then opportunity, then prospect): a CRM
// export and an install-base list, or two exports of one CRM, describe one
// relationship. A customer's industry and region come from the first row that
// gives them; when the folder is merged into the graph they join its columns.
UNWIND $rows AS row
MATCH (c:StagedCompany {id: row.company_id})
MATCH (cu:StagedCustomer {id: row.customer_id})
WITH c, cu, row, {prospect: 1, opportunity: 2, customer: 3} AS rank
FOREACH (_ IN CASE WHEN row.industry IS NOT NULL AND cu.industry IS NULL THEN [1] ELSE [] END |
  SET cu.industry = row.industry,
      cu.columns = CASE WHEN cu.columns IS NULL OR 'industry' IN cu.columns THEN cu.columns ELSE cu.columns + 'industry' END)
FOREACH (_ IN CASE WHEN row.region IS NOT NULL AND cu.region IS NULL THEN [1] ELSE [] END |
  SET cu.region = row.region,
      cu.columns = CASE WHEN cu.columns IS NULL OR 'region' IN cu.columns THEN cu.columns ELSE cu.columns + 'region' END)
MERGE (c)-[s:SERVES]->(cu)
  ON CREATE SET s.stage = row.stage
  ON MATCH SET s.stage = CASE WHEN rank[row.stage] > rank[s.stage] THEN row.stage ELSE s.stage END
