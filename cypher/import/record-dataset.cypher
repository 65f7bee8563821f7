// Remembers which data folder was loaded last, so the explorer can say what it
// shows. A null $name (an upsert from a folder that names no dataset) keeps the title.
MERGE (d:Dataset {id: 'loaded'})
SET d.name = coalesce($name, d.name), d.importedAt = toString(datetime.truncate('second', datetime()))
