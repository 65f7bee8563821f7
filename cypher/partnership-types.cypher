MATCH (t:PartnershipType)
RETURN t {.*} AS type
ORDER BY t.name
