// Claims the item for one signing (who, since when), under the item's lock (lock.cypher): a second
// signing of the same item, from any process, finds the claim and is refused rather than writing the
// partnership a second time. The move to SIGNED clears it (move.cypher's $extra), as does a failed
// signing (release-signing.cypher); a claim a killed process left goes stale after a few minutes.
MATCH (item:PipelineItem {id: $id})
SET item.signingBy = $actor, item.signingSince = $now
RETURN item.id AS id
