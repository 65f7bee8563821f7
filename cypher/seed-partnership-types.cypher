// The partnership type catalogue (api/domain/partnership-types.ts), upserted so a new version replaces the old.
UNWIND $types AS type
MERGE (t:PartnershipType {id: type.id})
SET t.name = type.name, t.description = type.description, t.effort = type.effort, t.gtmChecklist = type.gtmChecklist
