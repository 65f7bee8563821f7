// Remembers which data folder was loaded last, so the explorer can say what it shows.
MERGE (d:Dataset {id: 'loaded'})
SET d.name = $name, d.importedAt = toString(datetime.truncate('second', datetime()))
