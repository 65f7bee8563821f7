import type { Industry, Region } from '../markets.ts';
import type { Random } from '../random.ts';

/**
 * The cells of an export that matching never reads but a real file has: owners, countries, cities,
 * dates, record ids. Plausible values keep the files looking like the tools' own.
 */

const PLACES: Record<Region, readonly (readonly [country: string, city: string, state: string])[]> = {
  'North America': [
    ['United States', 'Portland', 'OR'],
    ['United States', 'Austin', 'TX'],
    ['United States', 'Brooklyn', 'NY'],
    ['Canada', 'Toronto', 'ON'],
    ['United States', 'Denver', 'CO'],
  ],
  EMEA: [
    ['United Kingdom', 'Manchester', ''],
    ['Germany', 'Hamburg', 'Hamburg'],
    ['France', 'Lyon', ''],
    ['Netherlands', 'Utrecht', ''],
    ['Spain', 'Valencia', ''],
  ],
  APAC: [
    ['Australia', 'Melbourne', 'VIC'],
    ['New Zealand', 'Wellington', ''],
    ['Japan', 'Osaka', ''],
    ['Singapore', 'Singapore', ''],
  ],
  LATAM: [
    ['Brazil', 'São Paulo', 'SP'],
    ['Mexico', 'Guadalajara', 'JAL'],
    ['Chile', 'Santiago', ''],
    ['Argentina', 'Córdoba', ''],
  ],
};

export function place(random: Random, region: Region): { country: string; city: string; state: string } {
  const [country, city, state] = random.pick(PLACES[region]);
  return { country, city, state };
}

/** HubSpot's and Salesforce's industry picklists, for the market's industries. */
const CRM_INDUSTRIES: Record<Industry, string> = {
  Fashion: 'Apparel & Fashion',
  Electronics: 'Consumer Electronics',
  'Food & Beverage': 'Food & Beverages',
  'Home & Garden': 'Furniture',
  Beauty: 'Cosmetics',
  'Sports & Outdoors': 'Sporting Goods',
  'Toys & Games': 'Consumer Goods',
  'Books & Media': 'Publishing',
  'Health & Wellness': 'Health, Wellness and Fitness',
  Pets: 'Consumer Goods',
  'Jewelry & Accessories': 'Luxury Goods & Jewelry',
};

export function crmIndustry(industry: Industry | undefined): string {
  return industry ? CRM_INDUSTRIES[industry] : '';
}

export const SALES_OWNERS = ['Dana Whitfield', 'Sam Ortiz', 'Priya Raman', 'Jonas Berg', 'Maya Chen'] as const;

/** A date in the last few years, as `YYYY-MM-DD`. */
export function isoDate(random: Random, fromYear = 2019, toYear = 2024): string {
  const year = random.int(fromYear, toYear);
  return `${year}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
}

/** HubSpot's `2021-03-04 09:12`. */
export function hubspotDateTime(random: Random): string {
  return `${isoDate(random)} ${pad(random.int(8, 18))}:${pad(random.int(0, 59))}`;
}

/** Salesforce's `4/2/2024`. */
export function salesforceDate(random: Random): string {
  return `${random.int(1, 12)}/${random.int(1, 28)}/${random.int(2022, 2024)}`;
}

/** A Salesforce account id: 18 characters, the org's prefix first. */
export function salesforceId(index: number): string {
  return `0015g00000${index.toString(36).toUpperCase().padStart(5, '0')}AAV`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
