// In the transaction that stores the model calibrated on the new graph.
MATCH (p:PendingCompletion {id: 'import'})
SET p.calibrated = true
RETURN p.run AS run
