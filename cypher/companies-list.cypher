MATCH (c:Company)
WHERE c.name IS NOT NULL
RETURN c {.*} AS company
ORDER BY c.name, c.id
LIMIT toInteger($first)
