// The match report of the latest import (api/import/match-report.ts), as JSON, for the API and the explorer.
MERGE (r:ImportReport {id: 'latest'})
SET r.report = $report, r.finishedAt = $finishedAt
RETURN r.id AS id
