// Pipeline items, in stage order ($stageOrder), then the most recently changed first; $id, $focal, $owner
// and $stages narrow it (null: no filter); $offset and $first page. Each item says whether the graph
// still has both companies and the partnership it signed, and brings its stage moves (oldest first).
MATCH (item:PipelineItem)
WHERE ($id IS NULL OR item.id = $id)
  AND ($focal IS NULL OR item.focalId = $focal)
  AND ($owner IS NULL OR item.owner = $owner)
  AND ($stages IS NULL OR item.stage IN $stages)
WITH item, [index IN range(0, size($stageOrder) - 1) WHERE $stageOrder[index] = item.stage][0] AS rank
ORDER BY rank, item.updatedAt DESC, item.id
SKIP toInteger($offset)
LIMIT toInteger($first)
RETURN item {
  .*,
  inGraph: EXISTS { MATCH (:Company {id: item.focalId}) } AND EXISTS { MATCH (:Company {id: item.candidateId}) },
  partnershipInGraph: item.partnershipId IS NOT NULL AND EXISTS { MATCH (:Partnership {id: item.partnershipId}) },
  activityCount: COUNT { (item)-[:HAS_ACTIVITY]->() },
  moves: COLLECT { MATCH (item)-[:MOVED]->(move:PipelineMove) RETURN move {.*} ORDER BY move.seq }
} AS item
