// Clears a signing's claim (claim-signing.cypher) when the signing failed, so the item can be signed again.
MATCH (item:PipelineItem {id: $id})
WHERE item.signingSince = $since
REMOVE item.signingBy, item.signingSince
RETURN item.id AS id
