// Every segment with how many companies target it, for filter menus.
MATCH (s:Segment)
RETURN s {.*, companyCount: COUNT { (s)<-[:TARGETS]-(:Company) }} AS segment
ORDER BY s.name
