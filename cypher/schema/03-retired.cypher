// Indexes an earlier version created and this one no longer wants.
//
// serves_stage (SERVES.stage): every query reads an account's stage after
// walking from a company or a customer, so no read used it, and the planner
// once chose it to scan every account of a stage. Keeping it up to date cost
// the importer a quarter of its accounts.csv speed (300,000 accounts of the
// bench's M data, pipelined batches: 16,400 rows/s with it, 22,300 without).
DROP INDEX serves_stage IF EXISTS;
