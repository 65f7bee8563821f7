import type { CompetitorRow, PartnershipRow } from './model.ts';

/**
 * Declared rivalries of the demo, as `company → competitor`. Most stay within
 * one category; some are declared both ways, some only by the challenger
 * (a start-up names the incumbent, the incumbent does not name it back).
 */
const RIVALRIES: ReadonlyArray<readonly [string, string]> = [
  // storefront platforms and marketplaces
  ['cartwright', 'shopwell'],
  ['shopwell', 'cartwright'],
  ['nimbus-commerce', 'shopwell'],
  ['cartwright', 'nimbus-commerce'],
  ['cafe-commerce', 'shopwell'],
  ['bazaarly', 'stallmart'],
  ['stallmart', 'bazaarly'],
  ['bazaarly', 'cartwright'],
  // payments and fraud
  ['paydrift', 'tillwise'],
  ['tillwise', 'paydrift'],
  ['coinharbor', 'paydrift'],
  ['paydrift', 'splitpay'],
  ['driftwood-labs', 'veriguard'],
  // shipping and returns
  ['parcelory', 'shipsmith'],
  ['shipsmith', 'parcelory'],
  ['crateline', 'parcelory'],
  ['boxtrail', 'shipsmith'],
  ['orbita-logistics', 'parcelory'],
  ['boxtrail', 'reboundly'],
  // marketing
  ['mailorchard', 'inkpost'],
  ['inkpost', 'mailorchard'],
  ['letterloop', 'mailorchard'],
  ['mailorchard', 'funnelcraft'],
  ['cohortly', 'funnelcraft'],
  ['rapportly', 'funnelcraft'],
  ['pingsly', 'textloom'],
  ['textloom', 'pingsly'],
  ['kudoswell', 'praisely'],
  ['praisely', 'kudoswell'],
  ['loyalto', 'punchcard-co'],
  ['punchcard-co', 'loyalto'],
  ['gifthaven', 'loyalto'],
  ['chatterbay', 'helpharbor'],
  ['rapportly', 'clientele-cloud'],
  ['clientele-cloud', 'rapportly'],
  // tax, analytics, search
  ['levyline', 'tallytax'],
  ['tallytax', 'levyline'],
  ['vatavia', 'levyline'],
  ['metricmint', 'lenscope'],
  ['signalgrove', 'metricmint'],
  ['tastemaker-ai', 'searchlark'],
  // point of sale, accounting, inventory
  ['countertop', 'tillside'],
  ['tillside', 'countertop'],
  ['booksmith', 'balanceboard'],
  ['balanceboard', 'booksmith'],
  ['ledgerfox', 'booksmith'],
  ['shelfsync', 'stockroom'],
  // agencies
  ['northpier-digital', 'brightloom-studio'],
  ['brightloom-studio', 'northpier-digital'],
  ['kettle-and-crane', 'brightloom-studio'],
  ['atelier-numerique', 'northpier-digital'],
];

export const DEMO_COMPETITORS: readonly CompetitorRow[] = RIVALRIES.map(([company, competitor]) => ({
  company_id: company,
  competitor_id: competitor,
}));

type Deal = Omit<PartnershipRow, 'parties'> & { parties: string[] };

/**
 * Partnerships of the demo. The ones around the focal company (Shopwell) are
 * shaped so every conflict kind has an example; see data/demo/README.md.
 */
const DEALS: readonly Deal[] = [
  // Shopwell, the focal company
  { id: 'shopwell-tillwise-checkout', parties: ['shopwell', 'tillwise'], type: 'technology_integration', status: 'active', since: '2019-03-11' },
  { id: 'shopwell-shipsmith-labels', parties: ['shopwell', 'shipsmith'], type: 'technology_integration', status: 'active', since: '2020-06-01' },
  { id: 'shopwell-northpier-reseller', parties: ['shopwell', 'northpier-digital'], type: 'reseller', status: 'active', since: '2021-02-15' },
  { id: 'unified-retail-consortium', parties: ['shopwell', 'countertop', 'booksmith'], type: 'consortium', status: 'active', since: '2023-09-04' },
  { id: 'shopwell-metricmint-affiliate', parties: ['shopwell', 'metricmint'], type: 'affiliate', status: 'active', since: '2022-04-01' },
  { id: 'shopwell-inkpost-campaign', parties: ['shopwell', 'inkpost'], type: 'co_marketing', status: 'ended', since: '2018-05-20' },
  { id: 'shopwell-levyline-referral', parties: ['shopwell', 'levyline'], type: 'referral', status: 'proposed', since: '2025-01-13' },
  // Cartwright, the focal company's big rival, and its channel
  { id: 'cartwright-paydrift-alliance', parties: ['cartwright', 'paydrift'], type: 'strategic_alliance', status: 'active', since: '2015-02-02' },
  { id: 'cartwright-mailorchard-app', parties: ['cartwright', 'mailorchard'], type: 'technology_integration', status: 'active', since: '2016-08-22' },
  { id: 'cartwright-parcelory-app', parties: ['cartwright', 'parcelory'], type: 'technology_integration', status: 'active', since: '2017-10-09' },
  { id: 'cartwright-praisely-app', parties: ['cartwright', 'praisely'], type: 'technology_integration', status: 'active', since: '2020-03-03' },
  { id: 'cartwright-brightloom-reseller', parties: ['cartwright', 'brightloom-studio'], type: 'reseller', status: 'active', since: '2018-01-30' },
  { id: 'cartwright-rapportly-co-sell', parties: ['cartwright', 'rapportly'], type: 'co_selling', status: 'active', since: '2021-11-08' },
  { id: 'cartwright-bazaarly-campaign', parties: ['cartwright', 'bazaarly'], type: 'co_marketing', status: 'ended', since: '2019-07-15' },
  // other platforms
  { id: 'nimbus-coinharbor-app', parties: ['nimbus-commerce', 'coinharbor'], type: 'technology_integration', status: 'active', since: '2021-05-17' },
  { id: 'nimbus-searchlark-oem', parties: ['nimbus-commerce', 'searchlark'], type: 'oem', status: 'active', since: '2022-02-28' },
  { id: 'nimbus-atelier-reseller', parties: ['nimbus-commerce', 'atelier-numerique'], type: 'reseller', status: 'active', since: '2023-03-01' },
  { id: 'nimbus-crateline-co-sell', parties: ['nimbus-commerce', 'crateline'], type: 'co_selling', status: 'proposed', since: '2025-02-10' },
  { id: 'nimbus-lingoshelf-app', parties: ['nimbus-commerce', 'lingoshelf'], type: 'technology_integration', status: 'proposed', since: '2025-04-14' },
  { id: 'cafe-commerce-tillside-app', parties: ['cafe-commerce', 'tillside'], type: 'technology_integration', status: 'active', since: '2022-09-12' },
  { id: 'cafe-commerce-recurra-app', parties: ['cafe-commerce', 'recurra'], type: 'technology_integration', status: 'active', since: '2023-01-23' },
  { id: 'agencia-sol-cafe-commerce-reseller', parties: ['agencia-sol', 'cafe-commerce'], type: 'reseller', status: 'active', since: '2024-02-05' },
  { id: 'bazaarly-parcelory-app', parties: ['bazaarly', 'parcelory'], type: 'technology_integration', status: 'active', since: '2018-04-11' },
  { id: 'bazaarly-feedwright-app', parties: ['bazaarly', 'feedwright'], type: 'technology_integration', status: 'active', since: '2021-10-04' },
  { id: 'stallmart-pricepilot-affiliate', parties: ['stallmart', 'pricepilot'], type: 'affiliate', status: 'active', since: '2024-07-01' },
  // payments, fraud, shipping
  { id: 'paydrift-veriguard-oem', parties: ['paydrift', 'veriguard'], type: 'oem', status: 'active', since: '2019-11-04' },
  { id: 'paydrift-splitpay-app', parties: ['paydrift', 'splitpay'], type: 'technology_integration', status: 'ended', since: '2020-04-14' },
  { id: 'tillwise-countertop-app', parties: ['tillwise', 'countertop'], type: 'technology_integration', status: 'active', since: '2021-08-30' },
  { id: 'coinharbor-vatavia-campaign', parties: ['coinharbor', 'vatavia'], type: 'co_marketing', status: 'active', since: '2022-06-06' },
  { id: 'splitpay-brightloom-affiliate', parties: ['splitpay', 'brightloom-studio'], type: 'affiliate', status: 'active', since: '2022-10-10' },
  { id: 'parcelory-reboundly-app', parties: ['parcelory', 'reboundly'], type: 'technology_integration', status: 'active', since: '2020-09-21' },
  { id: 'crateline-stockroom-oem', parties: ['crateline', 'stockroom'], type: 'oem', status: 'active', since: '2021-12-01' },
  { id: 'shipsmith-boxtrail-co-sell', parties: ['shipsmith', 'boxtrail'], type: 'co_selling', status: 'ended', since: '2019-02-18' },
  { id: 'green-last-mile-consortium', parties: ['parcelory', 'crateline', 'boxtrail', 'orbita-logistics'], type: 'consortium', status: 'proposed', since: '2025-03-03' },
  { id: 'stockroom-shelfsync-alliance', parties: ['stockroom', 'shelfsync'], type: 'strategic_alliance', status: 'ended', since: '2017-05-08' },
  // marketing, reviews, loyalty, support
  { id: 'mailorchard-pingsly-co-sell', parties: ['mailorchard', 'pingsly'], type: 'co_selling', status: 'active', since: '2021-03-29' },
  { id: 'mailorchard-kudoswell-app', parties: ['mailorchard', 'kudoswell'], type: 'technology_integration', status: 'active', since: '2019-05-06' },
  { id: 'funnelcraft-rapportly-app', parties: ['funnelcraft', 'rapportly'], type: 'technology_integration', status: 'active', since: '2022-07-18' },
  { id: 'inkpost-letterloop-oem', parties: ['inkpost', 'letterloop'], type: 'oem', status: 'ended', since: '2017-11-20' },
  { id: 'textloom-chatterbay-referral', parties: ['textloom', 'chatterbay'], type: 'referral', status: 'proposed', since: '2024-10-01' },
  { id: 'kudoswell-loyalto-campaign', parties: ['kudoswell', 'loyalto'], type: 'co_marketing', status: 'active', since: '2021-01-25' },
  { id: 'loyalto-gifthaven-oem', parties: ['loyalto', 'gifthaven'], type: 'oem', status: 'active', since: '2020-12-07' },
  { id: 'helpharbor-rapportly-app', parties: ['helpharbor', 'rapportly'], type: 'technology_integration', status: 'active', since: '2019-08-26' },
  { id: 'rapportly-booksmith-alliance', parties: ['rapportly', 'booksmith'], type: 'strategic_alliance', status: 'active', since: '2020-02-20' },
  // tax, accounting, analytics, agencies
  { id: 'levyline-booksmith-app', parties: ['levyline', 'booksmith'], type: 'technology_integration', status: 'active', since: '2018-09-17' },
  { id: 'tallytax-balanceboard-referral', parties: ['tallytax', 'balanceboard'], type: 'referral', status: 'active', since: '2022-05-09' },
  { id: 'vatavia-atelier-referral', parties: ['vatavia', 'atelier-numerique'], type: 'referral', status: 'active', since: '2023-06-19' },
  { id: 'brightloom-metricmint-affiliate', parties: ['brightloom-studio', 'metricmint'], type: 'affiliate', status: 'active', since: '2020-10-12' },
  { id: 'kettle-feedwright-affiliate', parties: ['kettle-and-crane', 'feedwright'], type: 'affiliate', status: 'active', since: '2023-04-24' },
  { id: 'lenscope-cohortly-referral', parties: ['lenscope', 'cohortly'], type: 'referral', status: 'ended', since: '2021-06-14' },
];

export const DEMO_PARTNERSHIPS: readonly PartnershipRow[] = DEALS.map((deal) => ({
  ...deal,
  parties: deal.parties.join(';'),
}));
