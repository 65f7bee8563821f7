// Before a merge takes effect: the live companies whose counts it may change
// are the staged ones that companies.csv lists or that staged rows attach to.
// Marked now, because applying consumes the staged relationships.
MATCH (s:StagedCompany)
WHERE s.placeholder IS NULL OR EXISTS { (s)--() }
SET s.touched = true
