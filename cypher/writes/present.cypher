// Which of the records removeRecords lists the graph holds (the others are
// reported as absent: removing twice is the same as once).
RETURN
  [id IN $companies WHERE EXISTS { MATCH (:Company {id: id}) }] AS companies,
  [id IN $customers WHERE EXISTS { MATCH (:Customer {id: id}) }] AS customers,
  [key IN $accounts WHERE EXISTS { MATCH (:Company {id: key.company})-[:SERVES]->(:Customer {id: key.customer}) }] AS accounts,
  [key IN $offers WHERE EXISTS { MATCH (:Company {id: key.company})-[:OFFERS]->(:Capability {id: key.capability}) }] AS offers,
  [key IN $targets WHERE EXISTS { MATCH (:Company {id: key.company})-[:TARGETS]->(:Segment {id: key.segment}) }] AS targets,
  [key IN $rivalries WHERE EXISTS { MATCH (:Company {id: key.company})-[:COMPETES_WITH]-(:Company {id: key.competitor}) }] AS rivalries,
  [id IN $partnerships WHERE EXISTS { MATCH (:Partnership {id: id}) }] AS partnerships
