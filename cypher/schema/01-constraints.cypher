// Every label's id is unique; each constraint also gives the index that id lookups use.
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (c:Company) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT customer_id IF NOT EXISTS FOR (c:Customer) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT capability_id IF NOT EXISTS FOR (c:Capability) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT segment_id IF NOT EXISTS FOR (s:Segment) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT partnership_type_id IF NOT EXISTS FOR (t:PartnershipType) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT partnership_id IF NOT EXISTS FOR (p:Partnership) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT shortlist_id IF NOT EXISTS FOR (s:Shortlist) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (d:Dataset) REQUIRE d.id IS UNIQUE;
// An import stages its rows beside the live graph before they take effect (cypher/import/stage/):
// the same ids, unique per staged label, so staging MERGEs find them by index.
CREATE CONSTRAINT staged_company_id IF NOT EXISTS FOR (c:StagedCompany) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT staged_customer_id IF NOT EXISTS FOR (c:StagedCustomer) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT staged_capability_id IF NOT EXISTS FOR (c:StagedCapability) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT staged_segment_id IF NOT EXISTS FOR (s:StagedSegment) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT staged_partnership_id IF NOT EXISTS FOR (p:StagedPartnership) REQUIRE p.id IS UNIQUE;
// One import at a time: two imports creating the lock node at once cannot both succeed.
CREATE CONSTRAINT import_lock_id IF NOT EXISTS FOR (l:ImportLock) REQUIRE l.id IS UNIQUE;
// A shortlist's pin, by shortlist and company id: pinning twice at once still makes one.
CREATE CONSTRAINT pin_id IF NOT EXISTS FOR (p:Pin) REQUIRE p.id IS UNIQUE;
// Each import's record of what it changed (cypher/changes/record.cypher).
CREATE CONSTRAINT import_run_id IF NOT EXISTS FOR (r:ImportRun) REQUIRE r.id IS UNIQUE;
