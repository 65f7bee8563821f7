// What a staged folder would change, read before a dry run removes it
// (api/import/import-preview.ts). Placeholders stand for companies the graph
// has, so they count as changed only when they carry columns to apply.
RETURN
  COUNT { MATCH (s:StagedCompany) WHERE s.placeholder IS NULL AND NOT EXISTS { MATCH (:Company {id: s.id}) } } AS newCompanies,
  COUNT {
    MATCH (s:StagedCompany), (c:Company {id: s.id})
    WHERE any(key IN coalesce(s.columns, []) WHERE NOT coalesce(s[key] = c[key], s[key] IS NULL AND c[key] IS NULL))
  } AS updatedCompanies,
  COUNT { MATCH (s:StagedCustomer) WHERE NOT EXISTS { MATCH (:Customer {id: s.id}) } } AS newCustomers,
  COUNT {
    MATCH (s:StagedCustomer), (c:Customer {id: s.id})
    WHERE any(key IN coalesce(s.columns, []) WHERE NOT coalesce(s[key] = c[key], s[key] IS NULL AND c[key] IS NULL))
  } AS updatedCustomers,
  COUNT { MATCH (a:StagedCompany)-[:SERVES]->(b:StagedCustomer) WHERE NOT EXISTS { MATCH (:Company {id: a.id})-[:SERVES]->(:Customer {id: b.id}) } } AS newAccounts,
  COUNT { MATCH (a:StagedCompany)-[s:SERVES]->(b:StagedCustomer), (:Company {id: a.id})-[live:SERVES]->(:Customer {id: b.id}) WHERE live.stage <> s.stage } AS changedAccounts,
  COUNT { MATCH (p:StagedPartnership) WHERE NOT EXISTS { MATCH (:Partnership {id: p.id}) } } AS newPartnerships,
  COUNT { MATCH (p:StagedPartnership), (live:Partnership {id: p.id}) WHERE live.status <> p.status OR NOT coalesce(live.since = p.since, live.since IS NULL AND p.since IS NULL) } AS changedPartnerships,
  COUNT { MATCH (a:StagedCompany)-[:OFFERS]->(k:StagedCapability) WHERE NOT EXISTS { MATCH (:Company {id: a.id})-[:OFFERS]->(:Capability {id: k.id}) } } AS newCapabilities,
  COUNT { MATCH (a:StagedCompany)-[:COMPETES_WITH]->(b:StagedCompany) WHERE NOT EXISTS { MATCH (:Company {id: a.id})-[:COMPETES_WITH]-(:Company {id: b.id}) } } AS newRivalries,
  COUNT { MATCH (:Company) } AS liveCompanies,
  COUNT { MATCH (:Customer) } AS liveCustomers,
  COUNT { MATCH (:Company)-[:SERVES]->(:Customer) } AS liveAccounts,
  COUNT { MATCH (:Partnership) } AS livePartnerships,
  COUNT { MATCH (s:StagedCompany) WHERE s.placeholder IS NULL } AS stagedCompanies,
  COUNT { MATCH (:StagedCustomer) } AS stagedCustomers,
  COUNT { MATCH (:StagedCompany)-[:SERVES]->(:StagedCustomer) } AS stagedAccounts,
  COUNT { MATCH (:StagedPartnership) } AS stagedPartnerships
