// Every capability with how many companies offer it, for filter menus.
MATCH (k:Capability)
RETURN k {.*, companyCount: COUNT { (k)<-[:OFFERS]-(:Company) }} AS capability
ORDER BY k.name
