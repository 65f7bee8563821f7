// A rivalry counts whichever side declared it.
MATCH (:Company {id: $id})-[:COMPETES_WITH]-(rival:Company)
RETURN DISTINCT rival {.*} AS company
ORDER BY company.name
