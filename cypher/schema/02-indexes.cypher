// Company search by name: a full-text index (Lucene), so "cafe" finds "Café Commerce".
CREATE FULLTEXT INDEX company_search IF NOT EXISTS FOR (c:Company) ON EACH [c.name, c.id, c.domain]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
// Search also reads what a company does: its description, and the names of
// the capabilities it offers and the segments it targets ("reviews" finds
// every company offering Product Reviews).
CREATE FULLTEXT INDEX company_description_search IF NOT EXISTS FOR (c:Company) ON EACH [c.description]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX catalogue_search IF NOT EXISTS FOR (n:Capability|Segment) ON EACH [n.name]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
// Ordering the company list and prefix matches use the name.
CREATE INDEX company_name IF NOT EXISTS FOR (c:Company) ON (c.name);
// Partnerships by status.
CREATE INDEX partnership_status IF NOT EXISTS FOR (p:Partnership) ON (p.status);
CREATE INDEX shortlist_created IF NOT EXISTS FOR (s:Shortlist) ON (s.createdAt);
// changes(since:) reads the imports finished after a moment, or the last one.
CREATE INDEX import_run_finished IF NOT EXISTS FOR (r:ImportRun) ON (r.finishedAt);
// Matching a strategist's files against the graph (api/import/match-sources.ts) looks customers and
// companies up by their normalised name and registrable domain (api/import/match-keys.ts).
CREATE INDEX customer_match_name IF NOT EXISTS FOR (c:Customer) ON (c.matchName);
CREATE INDEX customer_match_domain IF NOT EXISTS FOR (c:Customer) ON (c.matchDomain);
CREATE INDEX company_match_name IF NOT EXISTS FOR (c:Company) ON (c.matchName);
CREATE INDEX company_match_domain IF NOT EXISTS FOR (c:Company) ON (c.matchDomain);
