// The node the dust checks of every API process take turns on (cypher/pipeline/dust-lock.cypher), made here with the
// rest of the schema, so that starting the API adds nothing to the graph.
MERGE (:PipelineDustLock {id: 'dust'})
