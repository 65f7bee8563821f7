/** Industries and regions of end-customers, with how common each is (relative weights). */

export const INDUSTRIES = [
  'Fashion',
  'Electronics',
  'Food & Beverage',
  'Home & Garden',
  'Beauty',
  'Sports & Outdoors',
  'Toys & Games',
  'Books & Media',
  'Health & Wellness',
  'Pets',
  'Jewelry & Accessories',
] as const;
export type Industry = (typeof INDUSTRIES)[number];
export const INDUSTRY_WEIGHTS: readonly number[] = [20, 11, 13, 11, 10, 8, 5, 4, 7, 5, 6];

export const REGIONS = ['North America', 'EMEA', 'APAC', 'LATAM'] as const;
export type Region = (typeof REGIONS)[number];
export const REGION_WEIGHTS: readonly number[] = [46, 30, 15, 9];

/** Market niches companies target (segments.csv). */
export const SEGMENTS = [
  'SMB retail',
  'Mid-market fashion retail',
  'Enterprise retail',
  'Direct-to-consumer brands',
  'Food & beverage merchants',
  'B2B wholesale',
  'Omnichannel retail',
  'Cross-border commerce',
  'Marketplace sellers',
  'Subscription businesses',
  'Health & beauty brands',
  'Electronics retail',
  'Hospitality & cafés',
  'LATAM merchants',
  'European merchants',
  'APAC merchants',
  'Luxury goods',
  'Sports & outdoor brands',
  'Home & living brands',
  'Pet brands',
  'Digital goods',
  'High-volume sellers',
  'Start-up merchants',
  'Non-profit shops',
] as const;
