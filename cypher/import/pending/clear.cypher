// In the transaction that stores the import's changes (or once there are none to store): the import is complete.
MATCH (p:PendingCompletion {id: 'import'})
DELETE p
RETURN count(*) AS cleared
