MATCH (r:ImportReport {id: 'latest'})
RETURN r.report AS report, r.finishedAt AS finishedAt
