RETURN NOT EXISTS { MATCH (:Company) } AS empty
