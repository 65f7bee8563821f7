/**
 * Every capability name the generator uses, with its category. One name always
 * carries the same category, so the importer never sees two categories for the
 * same capability id (the id is the name's slug).
 */
const CAPABILITY_CATEGORIES = {
  'Storefront Builder': 'storefront',
  'Headless Commerce API': 'storefront',
  Checkout: 'storefront',
  'Product Catalogue': 'storefront',
  'B2B Wholesale Portal': 'storefront',
  'Multi-Vendor Marketplace': 'marketplace',
  'Marketplace Listings': 'marketplace',
  'Card Payments': 'payments',
  'Alternative Payment Methods': 'payments',
  'Buy Now Pay Later': 'payments',
  Payouts: 'payments',
  'Multi-Currency Pricing': 'payments',
  'Fraud Screening': 'fraud',
  'Chargeback Protection': 'fraud',
  'Shipping Labels': 'shipping',
  'Rate Shopping': 'shipping',
  'Order Tracking': 'shipping',
  'Fulfilment Network': 'shipping',
  'Returns Management': 'returns',
  'Email Campaigns': 'email-marketing',
  'Newsletter Templates': 'email-marketing',
  'SMS Marketing': 'sms',
  'Push Notifications': 'sms',
  'Customer Journeys': 'marketing-automation',
  'Audience Segmentation': 'marketing-automation',
  'Product Reviews': 'reviews',
  'User-Generated Content': 'reviews',
  'Loyalty Programs': 'loyalty',
  'Referral Programs': 'loyalty',
  'Gift Cards': 'loyalty',
  'Sales Tax Calculation': 'tax',
  'VAT Compliance': 'tax',
  'Tax Filing': 'tax',
  'Commerce Analytics': 'analytics',
  Attribution: 'analytics',
  'Site Search': 'search',
  'Product Recommendations': 'search',
  'Point of Sale': 'point-of-sale',
  'In-Store Inventory': 'point-of-sale',
  Bookkeeping: 'accounting',
  Invoicing: 'accounting',
  Payroll: 'accounting',
  'Order Management': 'inventory',
  'Inventory Management': 'inventory',
  'Subscription Billing': 'subscriptions',
  Helpdesk: 'customer-support',
  'Live Chat': 'customer-support',
  'Customer CRM': 'crm',
  'Sales Pipeline': 'crm',
  'Store Design': 'agency-services',
  'Migration Services': 'agency-services',
  'Performance Marketing': 'agency-services',
  'Store Translation': 'localization',
  'Dynamic Pricing': 'pricing',
  'Product Feeds': 'advertising',
} as const satisfies Record<string, string>;

export type CapabilityName = keyof typeof CAPABILITY_CATEGORIES;

export const CAPABILITY_NAMES = Object.keys(CAPABILITY_CATEGORIES) as CapabilityName[];

export function categoryOf(capability: CapabilityName): string {
  return CAPABILITY_CATEGORIES[capability];
}
