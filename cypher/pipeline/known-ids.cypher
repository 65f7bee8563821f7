// Which of $ids anything knows: a company of the graph, or a company a pipeline item or ledger entry
// names (records outlive the companies a re-import drops). An id in neither is unknown: NOT_FOUND.
UNWIND $ids AS id
WITH id
WHERE EXISTS { MATCH (:Company {id: id}) }
   OR EXISTS { MATCH (item:PipelineItem) WHERE item.focalId = id OR item.candidateId = id }
   OR EXISTS { MATCH (:LedgerEntry {focalId: id}) }
   OR EXISTS { MATCH (:LedgerEntry {partnerId: id}) }
RETURN id
