// Companies with their capabilities, for the few candidates a response shows.
UNWIND $ids AS id
MATCH (c:Company {id: id})
RETURN c {.*} AS company, COLLECT {
  MATCH (c)-[o:OFFERS]->(k:Capability)
  RETURN {id: k.id, name: k.name, category: k.category, level: o.level} ORDER BY k.name
} AS capabilities
