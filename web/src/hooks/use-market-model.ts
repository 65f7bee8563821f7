import { MARKET_MODEL } from '../client/queries.ts';
import type { MarketModel } from '../client/types.ts';
import { useApi } from './use-api.ts';

/** How the loaded market weighs its evidence: one small query, cached for the page's life. */
export function useMarketModel() {
  return useApi<{ marketModel: MarketModel }>(MARKET_MODEL, {});
}
