import type DataLoader from 'dataloader';
import type { WebhookSettings } from '../changes/webhook.ts';
import type { Database } from '../db/database.ts';
import { capPerRequest } from '../db/request-transactions.ts';
import { createCompanyLoader, type CompanyDetail } from '../fits/company-loader.ts';
import { batchedPinScorer, type PinScorer } from '../fits/shortlist-fits.ts';

/**
 * Transactions one GraphQL request may have in flight at once; the rest of
 * its reads wait inside the request. Four lets a page ask its few questions
 * side by side (a candidate's fit, overlap and complementarity), while twelve
 * clients at full fan-out still leave the driver's 50 connections for others.
 */
const MAX_TRANSACTIONS_PER_REQUEST = 4;

/** What every resolver gets: the database and per-request loaders. */
export interface ApiContext {
  /** The app's database, capped at MAX_TRANSACTIONS_PER_REQUEST per request (useQueryLimits marks where a request runs). */
  db: Database;
  companies: DataLoader<string, CompanyDetail | null>;
  /** Scores shortlists' pins in batches: one pool per focal company for the whole request. */
  pinScorer: PinScorer;
  /** Who is asking (the API key's name, or "local" without keys): writes are recorded under it. */
  actor: string;
  /** Where writes send their changes, as imports do (WEBHOOK_URL). */
  webhook?: WebhookSettings;
}

export interface RequestFacts {
  actor?: string;
  webhook?: WebhookSettings;
}

/**
 * The app's database with at most MAX_TRANSACTIONS_PER_REQUEST transactions in
 * flight per request. Made once per app and shared by GraphQL and the CSV
 * routes: the market directory is kept per Database object, so one wrapper
 * means one copy of it.
 */
export function requestCappedDatabase(db: Database): Database {
  return capPerRequest(db, MAX_TRANSACTIONS_PER_REQUEST);
}

/** A request's context; `db` is the app's request-capped database (requestCappedDatabase). */
export function createContext(db: Database, { actor = 'local', webhook }: RequestFacts = {}): ApiContext {
  return {
    db,
    companies: createCompanyLoader(db),
    pinScorer: batchedPinScorer(db),
    actor,
    ...(webhook && { webhook }),
  };
}
