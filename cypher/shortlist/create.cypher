// A shortlist names its focal company by id (not a relationship), so it outlives a re-import that drops the company.
MATCH (focal:Company {id: $focal})
CREATE (s:Shortlist {id: $id, name: $name, focalId: focal.id, createdAt: toString(datetime.truncate('second', datetime()))})
RETURN s.id AS id
