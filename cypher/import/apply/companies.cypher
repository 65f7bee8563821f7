// Merging a staged folder into the live graph (an import without --replace),
// a batch at a time; each apply/*.cypher returns how many it applied, and is
// run until that is 0. A kill in between is finished by the next import or
// start-up: what was applied is marked (nodes) or gone (staged relationships).
// Only the columns the file had change: an absent one leaves the property alone.
MATCH (s:StagedCompany)
WHERE s.columns IS NOT NULL AND s.applied IS NULL
WITH s LIMIT toInteger($batchSize)
MERGE (c:Company {id: s.id})
SET c.name = CASE WHEN 'name' IN s.columns THEN s.name ELSE c.name END,
    c.domain = CASE WHEN 'domain' IN s.columns THEN s.domain ELSE c.domain END,
    c.employees = CASE WHEN 'employees' IN s.columns THEN s.employees ELSE c.employees END,
    c.description = CASE WHEN 'description' IN s.columns THEN s.description ELSE c.description END,
    c.matchName = CASE WHEN 'matchName' IN s.columns THEN s.matchName ELSE c.matchName END,
    c.matchDomain = CASE WHEN 'matchDomain' IN s.columns THEN s.matchDomain ELSE c.matchDomain END,
    s.applied = true
RETURN count(*) AS applied
