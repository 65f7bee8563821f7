import { MARKET_MODEL } from '../fit/fit-queries.ts';
import { useApi } from './use-api.ts';

/** How the loaded market weighs its evidence: one small query, cached for the page's life. */
export function useMarketModel() {
  return useApi(MARKET_MODEL, {});
}
