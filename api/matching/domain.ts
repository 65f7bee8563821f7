import { domainToASCII } from 'node:url';
import { parse } from 'tldts';
import { SHARED_DOMAINS, SHARED_UNDER_ANY_SUFFIX } from './shared-domains.ts';

/**
 * Domains as people write them in exports (a website, a URL, a bare domain or an e-mail address),
 * reduced to the registrable domain: the part an organisation buys, one label under a public
 * suffix. tldts holds the public suffix list; own parsing would get `acme.co.uk` wrong
 * (`co.uk` is a suffix) and age as suffixes are added.
 *
 * Private suffixes are on (`allowPrivateDomains`): `acme.myshopify.com` and `acme.github.io` are
 * sites of their own, not Shopify's or GitHub's.
 */

/** Longest value quoted back in a problem, so a pasted paragraph does not flood the report. */
const QUOTED_LENGTH = 60;

const quoted = (value: string) =>
  JSON.stringify(value.length > QUOTED_LENGTH ? `${value.slice(0, QUOTED_LENGTH)}…` : value);

/**
 * `{ domain }`: the registrable domain, lower-case ASCII (internationalised names in their
 * punycode form, the one DNS uses, so `bücher.de` and `xn--bcher-kva.de` are one domain and the
 * slug of the id is never empty). `{ problem }`: one sentence naming a value that is not a domain
 * (`n/a`, `acme`, an IP address, `localhost`, `acme.local`). `undefined`: empty or blank.
 */
export function normaliseDomain(raw: string): { domain: string } | { problem: string } | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  const parsed = parse(value, { allowPrivateDomains: true });
  if (parsed.isIp) return { problem: `${quoted(value)} is an IP address, not a domain.` };
  if (parsed.domain === null) return { problem: `${quoted(value)} is not a domain name.` };
  // tldts's default rule accepts any last label as a suffix; an unknown one (`acme.local`, `www.acme`) is no public domain.
  if (!parsed.isIcann && !parsed.isPrivate) return { problem: `${quoted(value)} has no public suffix.` };
  // eslint-disable-next-line no-control-regex -- the whole ASCII range
  const domain = /^[\x00-\x7f]*$/.test(parsed.domain) ? parsed.domain : domainToASCII(parsed.domain);
  if (domain === '') return { problem: `${quoted(value)} is not a domain name.` };
  return { domain };
}

/**
 * Whether a registrable domain (as normaliseDomain gives it) is shared by many unrelated
 * organisations, and so is no identity: free mail, social profiles, link shorteners
 * (shared-domains.ts says which and why).
 */
export function isSharedDomain(domain: string): boolean {
  const lower = domain.toLowerCase();
  if (SHARED_DOMAINS.has(lower)) return true;
  if (!SHARED_UNDER_ANY_SUFFIX.has(lower.slice(0, lower.indexOf('.')))) return false; // the common case, without parsing
  // hotmail.co.uk, yahoo.co.jp, gmx.de: the label right under an ICANN suffix, and nothing more.
  const parsed = parse(lower, { allowPrivateDomains: false });
  return (
    parsed.domain === lower &&
    parsed.domainWithoutSuffix !== null &&
    SHARED_UNDER_ANY_SUFFIX.has(parsed.domainWithoutSuffix)
  );
}

/**
 * The label that names the organisation in its domain (`acme` for `acme.co.uk`, `acme` for
 * `acme.myshopify.com`), for telling whether a name is related to its domain. Undefined when
 * the domain has none.
 */
export function domainLabel(domain: string): string | undefined {
  return parse(domain, { allowPrivateDomains: true }).domainWithoutSuffix ?? undefined;
}
