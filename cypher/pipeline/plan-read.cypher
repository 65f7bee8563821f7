// The plans of the pipeline items $ids (those that have one).
UNWIND $ids AS itemId
MATCH (plan:PartnershipPlan {itemId: itemId})
RETURN plan {.*} AS plan
