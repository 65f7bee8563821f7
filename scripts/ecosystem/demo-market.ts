import type { CustomerSize } from './demo-customers.ts';
import type { Industry, Region } from './markets.ts';

/**
 * How demo customers choose their software, one "slot" (a job to be done) at
 * a time. Choices are correlated on purpose: a shop on Shopwell tends to take
 * Shopwell's payments and shipping partners, Mailorchard users add Funnelcraft,
 * and so on, so shared-customer counts carry meaning instead of uniform noise.
 */

/** Multipliers keyed by a company id the customer already uses. */
type WithCompany = Readonly<Record<string, number>>;

export interface VendorShare {
  /** The company, or null for a vendor outside the modelled ecosystem. */
  company: string | null;
  /** Relative weight among the slot's vendors. */
  weight: number;
  /** Weight multipliers when the customer already uses a given company. */
  with?: WithCompany;
  regions?: Partial<Record<Region, number>>;
  industries?: Partial<Record<Industry, number>>;
}

export interface MarketSlot {
  name: string;
  /** Probability that an average (mid-size) customer fills the slot at all. */
  adoption: number;
  /** Adoption multipliers. */
  industries?: Partial<Record<Industry, number>>;
  regions?: Partial<Record<Region, number>>;
  with?: WithCompany;
  /** Probability of adding a second vendor in the same slot (multi-homing). */
  secondVendor?: number;
  vendors: readonly VendorShare[];
}

/** Bigger shops run more apps. */
export const SIZE_ADOPTION: Record<CustomerSize, number> = { small: 0.7, mid: 1, large: 1.6, enterprise: 3 };

const OFF_ECOSYSTEM = null;

/** Slots in the order customers fill them (later slots can depend on earlier picks). */
export const MARKET_SLOTS: readonly MarketSlot[] = [
  {
    name: 'storefront',
    adoption: 1,
    secondVendor: 0.05,
    vendors: [
      { company: 'cartwright', weight: 36 },
      {
        company: 'shopwell',
        weight: 8.5,
        industries: { Fashion: 2.2, 'Jewelry & Accessories': 1.8, Beauty: 1.4, 'Food & Beverage': 0.4 },
      },
      { company: 'nimbus-commerce', weight: 5, regions: { EMEA: 1.6 } },
      { company: 'cafe-commerce', weight: 1, industries: { 'Food & Beverage': 14 } },
      { company: 'tradepost', weight: 2.5 },
      { company: OFF_ECOSYSTEM, weight: 30 },
    ],
  },
  {
    name: 'marketplace',
    adoption: 0.16,
    industries: { 'Toys & Games': 2, 'Books & Media': 2.5, 'Jewelry & Accessories': 1.6 },
    vendors: [
      { company: 'bazaarly', weight: 10 },
      { company: 'stallmart', weight: 4, industries: { 'Jewelry & Accessories': 3, 'Home & Garden': 2 } },
    ],
  },
  {
    name: 'payments',
    adoption: 1,
    secondVendor: 0.06,
    vendors: [
      { company: 'paydrift', weight: 34, with: { cartwright: 1.3, shopwell: 0.45 } },
      { company: 'tillwise', weight: 8, with: { shopwell: 7 }, regions: { APAC: 0.3 } },
      { company: 'coinharbor', weight: 2.5, regions: { APAC: 4, LATAM: 5 }, with: { 'nimbus-commerce': 3 } },
      { company: OFF_ECOSYSTEM, weight: 26 },
    ],
  },
  {
    name: 'buy-now-pay-later',
    adoption: 0.17,
    with: { paydrift: 1.5 },
    industries: { Fashion: 1.7, Beauty: 1.5, Electronics: 1.4, 'Food & Beverage': 0.3 },
    vendors: [
      { company: 'splitpay', weight: 10 },
      { company: OFF_ECOSYSTEM, weight: 3 },
    ],
  },
  {
    name: 'marketplace-payouts',
    adoption: 0.02,
    with: { bazaarly: 6, stallmart: 6 },
    vendors: [{ company: 'pennyloop', weight: 1 }],
  },
  {
    name: 'fraud',
    adoption: 0.12,
    industries: { Electronics: 3, 'Jewelry & Accessories': 2.2 },
    vendors: [
      { company: 'veriguard', weight: 10, with: { paydrift: 2 } },
      { company: OFF_ECOSYSTEM, weight: 4 },
    ],
  },
  {
    name: 'shipping',
    adoption: 0.8,
    secondVendor: 0.05,
    vendors: [
      { company: 'parcelory', weight: 36, with: { cartwright: 1.5, bazaarly: 1.4, shopwell: 0.5 } },
      { company: 'shipsmith', weight: 10, with: { shopwell: 6 }, industries: { Fashion: 1.5 } },
      { company: 'crateline', weight: 4, with: { 'nimbus-commerce': 3 } },
      { company: 'boxtrail', weight: 1.2 },
      { company: OFF_ECOSYSTEM, weight: 16 },
    ],
  },
  {
    name: 'returns',
    adoption: 0.1,
    industries: { Fashion: 3, 'Sports & Outdoors': 1.6, 'Food & Beverage': 0.1 },
    vendors: [
      { company: 'reboundly', weight: 8, with: { parcelory: 1.5, shipsmith: 1.5 } },
      { company: 'boxtrail', weight: 1.5 },
      { company: OFF_ECOSYSTEM, weight: 2 },
    ],
  },
  {
    name: 'email',
    adoption: 0.62,
    secondVendor: 0.03,
    vendors: [
      { company: 'mailorchard', weight: 45, with: { cartwright: 1.5, shopwell: 0.8 } },
      { company: 'inkpost', weight: 8, with: { shopwell: 3 }, regions: { EMEA: 2.5, 'North America': 0.6 } },
      { company: 'letterloop', weight: 1.2 },
      { company: 'rapportly', weight: 1.5 },
      { company: OFF_ECOSYSTEM, weight: 14 },
    ],
  },
  {
    name: 'marketing-automation',
    adoption: 0.1,
    with: { mailorchard: 2.6 },
    vendors: [
      { company: 'funnelcraft', weight: 10, with: { mailorchard: 4 } },
      { company: 'cohortly', weight: 2.5 },
    ],
  },
  {
    name: 'sms',
    adoption: 0.12,
    with: { mailorchard: 1.6, funnelcraft: 2 },
    industries: { Beauty: 1.6 },
    vendors: [
      { company: 'pingsly', weight: 8, with: { mailorchard: 3 } },
      { company: 'textloom', weight: 2.5 },
      { company: OFF_ECOSYSTEM, weight: 2 },
    ],
  },
  {
    name: 'reviews',
    adoption: 0.28,
    with: { shopwell: 1.8 },
    industries: { Fashion: 1.3, Beauty: 1.4, Electronics: 1.2 },
    vendors: [
      { company: 'kudoswell', weight: 6, with: { shopwell: 12, mailorchard: 1.3 } },
      { company: 'praisely', weight: 6, with: { cartwright: 1.6 } },
      { company: OFF_ECOSYSTEM, weight: 5 },
    ],
  },
  {
    name: 'loyalty',
    adoption: 0.11,
    with: { kudoswell: 1.8 },
    industries: { Beauty: 1.6, 'Food & Beverage': 1.3 },
    vendors: [
      { company: 'loyalto', weight: 6, with: { kudoswell: 2.5 } },
      { company: 'punchcard-co', weight: 1.5, with: { 'cafe-commerce': 8 } },
    ],
  },
  { name: 'gift-cards', adoption: 0.04, vendors: [{ company: 'gifthaven', weight: 1 }] },
  {
    name: 'sales-tax',
    adoption: 0.24,
    regions: { 'North America': 2.1, EMEA: 0.1, APAC: 0.2, LATAM: 0.2 },
    with: { shopwell: 2 },
    vendors: [
      { company: 'levyline', weight: 10, with: { shopwell: 4, cartwright: 1.2 } },
      { company: 'tallytax', weight: 4 },
      { company: OFF_ECOSYSTEM, weight: 2 },
    ],
  },
  {
    name: 'vat',
    adoption: 0.01,
    regions: { EMEA: 40 },
    vendors: [
      { company: 'vatavia', weight: 8 },
      { company: 'levyline', weight: 2 },
      { company: OFF_ECOSYSTEM, weight: 4 },
    ],
  },
  {
    name: 'analytics',
    adoption: 0.28,
    with: { shopwell: 1.6 },
    vendors: [
      { company: 'metricmint', weight: 10, with: { shopwell: 4 } },
      { company: 'lenscope', weight: 2.5 },
      { company: 'signalgrove', weight: 0.8 },
      { company: OFF_ECOSYSTEM, weight: 6 },
    ],
  },
  {
    name: 'search',
    adoption: 0.07,
    with: { 'nimbus-commerce': 4 },
    industries: { Electronics: 2 },
    vendors: [
      { company: 'searchlark', weight: 6, with: { 'nimbus-commerce': 4 } },
      { company: 'tastemaker-ai', weight: 2 },
    ],
  },
  {
    name: 'point-of-sale',
    adoption: 0.16,
    with: { shopwell: 2.5, 'cafe-commerce': 3 },
    industries: { 'Food & Beverage': 2.2, Fashion: 1.4, 'Sports & Outdoors': 1.3, 'Books & Media': 1.2 },
    vendors: [
      { company: 'countertop', weight: 10, with: { shopwell: 3, tillwise: 1.5 } },
      { company: 'tillside', weight: 3, with: { 'cafe-commerce': 8 } },
      { company: OFF_ECOSYSTEM, weight: 3 },
    ],
  },
  {
    name: 'accounting',
    adoption: 0.34,
    vendors: [
      { company: 'booksmith', weight: 12, with: { countertop: 2.5, levyline: 1.5 } },
      { company: 'balanceboard', weight: 4, with: { tallytax: 2 } },
      { company: 'ledgerfox', weight: 0.4, with: { tradepost: 12 } },
      { company: OFF_ECOSYSTEM, weight: 8 },
    ],
  },
  {
    name: 'inventory',
    adoption: 0.1,
    with: { bazaarly: 2, stallmart: 2, countertop: 1.5 },
    vendors: [
      { company: 'stockroom', weight: 6, with: { crateline: 3 } },
      { company: 'shelfsync', weight: 2, with: { bazaarly: 3, stallmart: 3 } },
    ],
  },
  {
    name: 'subscriptions',
    adoption: 0.05,
    industries: { 'Food & Beverage': 3, Beauty: 2, Pets: 3, 'Health & Wellness': 2 },
    vendors: [
      { company: 'recurra', weight: 8, with: { 'cafe-commerce': 3 } },
      { company: OFF_ECOSYSTEM, weight: 2 },
    ],
  },
  {
    name: 'support',
    adoption: 0.18,
    vendors: [
      { company: 'helpharbor', weight: 8 },
      { company: 'chatterbay', weight: 2 },
      { company: OFF_ECOSYSTEM, weight: 4 },
    ],
  },
  {
    name: 'crm',
    adoption: 0.05,
    with: { tradepost: 3 },
    vendors: [
      { company: 'rapportly', weight: 8, with: { cartwright: 1.5 } },
      { company: 'clientele-cloud', weight: 3, industries: { Fashion: 3, 'Jewelry & Accessories': 3 } },
    ],
  },
  {
    name: 'agency',
    adoption: 0.06,
    vendors: [
      { company: 'northpier-digital', weight: 4, with: { shopwell: 6 }, regions: { LATAM: 0.1 } },
      { company: 'brightloom-studio', weight: 5, with: { cartwright: 2 }, regions: { LATAM: 0.1 } },
      { company: 'agencia-sol', weight: 0.2, regions: { LATAM: 60 } },
      { company: 'kettle-and-crane', weight: 0.3, industries: { 'Food & Beverage': 5 } },
      { company: 'atelier-numerique', weight: 0.2, regions: { EMEA: 5 }, with: { 'nimbus-commerce': 4 } },
    ],
  },
  {
    name: 'translation',
    adoption: 0.03,
    regions: { EMEA: 2, APAC: 2 },
    with: { 'nimbus-commerce': 3 },
    vendors: [{ company: 'lingoshelf', weight: 1 }],
  },
  {
    name: 'pricing',
    adoption: 0.015,
    industries: { Electronics: 4 },
    with: { bazaarly: 2, stallmart: 2 },
    vendors: [{ company: 'pricepilot', weight: 1 }],
  },
  { name: 'product-feeds', adoption: 0.06, with: { bazaarly: 2 }, vendors: [{ company: 'feedwright', weight: 1 }] },
];
