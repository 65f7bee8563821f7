MATCH (:Company {id: $id})-[o:OFFERS]->(k:Capability)
RETURN k {.*} AS capability, o.level AS level
ORDER BY o.level, k.name
