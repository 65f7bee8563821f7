MATCH (p:PendingCompletion {id: 'import'})
RETURN p {.run, .dataset, .title, .replace, .snapshot, .calibrated} AS pending
