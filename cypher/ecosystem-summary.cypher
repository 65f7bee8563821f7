// Counts come from Neo4j's count store: constant time whatever the size.
OPTIONAL MATCH (d:Dataset {id: 'loaded'})
RETURN d.name AS name,
       d.importedAt AS importedAt,
       COUNT { MATCH (:Company) } AS companies,
       COUNT { MATCH (:Customer) } AS customers,
       COUNT { MATCH ()-[:SERVES]->() } AS accounts,
       COUNT { MATCH (:Partnership) } AS partnerships
