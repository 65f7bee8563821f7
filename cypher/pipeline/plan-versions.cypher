// A plan's versions, newest first, paged.
MATCH (:PartnershipPlan {itemId: $itemId})-[:HAS_VERSION]->(version:PlanVersion)
RETURN version {.version, .at, .by, .changes} AS version
ORDER BY version.version DESC
SKIP toInteger($offset)
LIMIT toInteger($first)
