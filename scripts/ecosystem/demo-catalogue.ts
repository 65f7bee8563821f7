import { COMMERCE_COMPANIES } from './demo-companies-commerce.ts';
import { MARKETING_COMPANIES } from './demo-companies-marketing.ts';
import { SERVICE_COMPANIES } from './demo-companies-services.ts';
import type { DemoCompany } from './demo-company.ts';

export type { DemoCompany } from './demo-company.ts';

/**
 * The company the demo is told from: a mid-size storefront platform with a
 * larger rival (Cartwright), partners of its own, and candidates worth a look.
 */
export const FOCAL_COMPANY_ID = 'shopwell';

/** The 60 companies of the demo ecosystem, in the order companies.csv lists them. */
export const DEMO_COMPANIES: readonly DemoCompany[] = [
  ...COMMERCE_COMPANIES,
  ...MARKETING_COMPANIES,
  ...SERVICE_COMPANIES,
];
