MATCH (c:Company)
RETURN c.id AS id
