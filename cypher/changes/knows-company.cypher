// Whether $focal names a company changes(focal:) can answer for: one the
// graph has, or one a recorded change concerns (a company a later import
// dropped still finds its own changes).
RETURN EXISTS { MATCH (:Company {id: $focal}) } OR EXISTS { MATCH (change:Change) WHERE $focal IN change.concerns } AS known
