import { mostCommon } from './compare.ts';

/**
 * Country-code second levels under which a registrable domain has three labels
 * ("example.co.uk"); enough for vendor websites, no public-suffix list needed.
 */
const secondLevels = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu']);

/**
 * The registrable domain of a website field, or undefined when the field is not a URL:
 * "https://www.cisco.com/go/fedramp" → "cisco.com", "cloud.oracle.com/x" → "oracle.com",
 * "See Service Description" → undefined. Product pages live on sub-domains of the vendor's
 * site, so the last two labels name the company better than the host does.
 */
export function domainFromWebsite(website: string | undefined): string | undefined {
  const host = website
    ?.trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .split(/[/?#\s]/)[0]
    ?.replace(/:\d+$/, '');
  if (!host || !/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host)) return undefined;
  const labels = host.split('.');
  const tld = labels.at(-1) ?? '';
  const second = labels.at(-2) ?? '';
  const keep = tld.length === 2 && secondLevels.has(second) && labels.length > 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/**
 * The domain of a company from its products' websites: the one most products name, ties
 * broken alphabetically; empty when no product gives a usable website.
 */
export function companyDomain(websites: readonly (string | undefined)[]): string {
  const domains = websites.map(domainFromWebsite).filter((domain): domain is string => domain !== undefined);
  return mostCommon(domains) ?? '';
}
