MATCH (l:ImportLock {id: 'import', run: $run})
DELETE l
RETURN count(*) AS released
