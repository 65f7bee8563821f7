/**
 * The Cypher files of the pipeline, plans and ledger (cypher/pipeline/, cypher/ledger/), registered in
 * api/db/queries.ts with the rest: the registry fails at start-up when one is missing.
 */
export const PIPELINE_QUERY_NAMES = [
  'pipeline/creation-facts',
  'pipeline/create',
  'pipeline/list',
  'pipeline/lock',
  'pipeline/update',
  'pipeline/move',
  'pipeline/log-activity',
  'pipeline/activities',
  'pipeline/delete',
  'pipeline/owners',
  'pipeline/pair-partnership',
  'pipeline/plan-read',
  'pipeline/plan-save',
  'pipeline/plan-versions',
  'pipeline/pair-facts',
  'pipeline/impact-partners',
  'pipeline/dust-lock',
  'pipeline/dust-items',
  'pipeline/dust-record',
  'pipeline/dust-mark',
  'pipeline/dust-undelivered',
  'ledger/upsert',
  'ledger/lock',
  'ledger/read',
  'ledger/list',
  'ledger/facts',
  'ledger/delete',
] as const;
