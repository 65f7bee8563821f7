import type DataLoader from 'dataloader';
import type { Database } from '../db/database.ts';
import { createCompanyLoader, type CompanyDetail } from '../fits/company-loader.ts';

/** What every resolver gets: the database and per-request loaders. */
export interface ApiContext {
  db: Database;
  companies: DataLoader<string, CompanyDetail | null>;
}

export function createContext(db: Database): ApiContext {
  return { db, companies: createCompanyLoader(db) };
}
