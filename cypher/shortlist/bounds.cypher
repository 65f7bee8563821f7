// What the cost of a query over shortlists can reach (api/security/): how
// many shortlists there are and for how many focal companies, the most pins
// one holds, and, for each focal id in $focals, how many shortlists it has.
// Shortlists are user data that change outside imports, so this is read per
// request, and only for requests that score shortlists' pins.
RETURN
  COUNT { MATCH (s:Shortlist) } AS shortlists,
  COUNT { MATCH (s:Shortlist) RETURN DISTINCT s.focalId } AS focals,
  coalesce(head(COLLECT {
    MATCH (s:Shortlist)
    RETURN COUNT { (s)-[:HAS_PIN]->(:Pin) } AS pins ORDER BY pins DESC LIMIT 1
  }), 0) AS pins,
  COLLECT {
    UNWIND $focals AS focal
    RETURN [focal, COUNT { MATCH (s:Shortlist) WHERE s.focalId = focal }]
  } AS byFocal
