/**
 * The form in which headers and cell values are compared with our tables: accents stripped, lower-cased,
 * and everything but letters and digits dropped. People write the same header as `Company Name`,
 * `company_name`, `Company name ` or `COMPANY-NAME`, and the same value as `Marketing Qualified Lead` or
 * `marketingqualifiedlead` (HubSpot's internal value); all of them compare equal here, so the tables list
 * each spelling once. It drops separators rather than turning them into `-` (as slugify does) so that
 * `BillingCountry`, Salesforce's API name, meets `Billing Country`, its label.
 *
 *   comparable('Country/Region') === 'countryregion'
 *   comparable('Customer - Direct') === 'customerdirect'
 */
export function comparable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
