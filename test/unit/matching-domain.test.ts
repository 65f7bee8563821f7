import { describe, expect, it } from 'vitest';
import { isSharedDomain, normaliseDomain } from '../../api/matching/domain.ts';
import { SHARED_DOMAINS, SHARED_UNDER_ANY_SUFFIX } from '../../api/matching/shared-domains.ts';

const domainOf = (raw: string) => {
  const result = normaliseDomain(raw);
  return result !== undefined && 'domain' in result ? result.domain : result;
};

describe('normaliseDomain', () => {
  it('reduces what people write to the registrable domain, lower-cased', () => {
    for (const raw of [
      'https://www.Acme.com/about?x=1',
      'WWW.ACME.COM',
      'acme.com:8080',
      'acme.com.',
      '//acme.com',
      ' acme.com ',
      'sales@acme.com',
      'mailto:Sales@Acme.com',
      'http://shop.eu.acme.com/path#top',
    ]) {
      expect(domainOf(raw), raw).toBe('acme.com');
    }
    expect(domainOf('http://acme.co.uk/')).toBe('acme.co.uk');
    // co.uk is a public suffix: the registrable domain keeps one label under it.
    expect(domainOf('shop.acme.co.uk')).toBe('acme.co.uk');
  });

  it('keeps a site under a private suffix whole, so Shopify and GitHub Pages shops stay apart', () => {
    expect(domainOf('acme.myshopify.com')).toBe('acme.myshopify.com');
    expect(domainOf('https://acme.github.io/docs')).toBe('acme.github.io');
    expect(domainOf('acme.myshopify.com')).not.toBe(domainOf('globex.myshopify.com'));
  });

  it('gives internationalised names in the punycode form DNS uses, so both spellings are one domain', () => {
    expect(domainOf('bücher.de')).toBe('xn--bcher-kva.de');
    expect(domainOf('www.xn--bcher-kva.de')).toBe('xn--bcher-kva.de');
  });

  it('is undefined for empty or blank values', () => {
    expect(normaliseDomain('')).toBeUndefined();
    expect(normaliseDomain('   ')).toBeUndefined();
  });

  it('names a value that is not a domain in one sentence', () => {
    expect(normaliseDomain('n/a')).toEqual({ problem: '"n/a" is not a domain name.' });
    expect(normaliseDomain('acme')).toEqual({ problem: '"acme" is not a domain name.' });
    expect(normaliseDomain('localhost')).toEqual({ problem: '"localhost" is not a domain name.' });
    expect(normaliseDomain('192.168.0.1')).toEqual({ problem: '"192.168.0.1" is an IP address, not a domain.' });
    expect(normaliseDomain('http://[::1]/')).toEqual({ problem: '"http://[::1]/" is an IP address, not a domain.' });
    expect(normaliseDomain('acme.local')).toEqual({ problem: '"acme.local" has no public suffix.' });
    expect(normaliseDomain('acme.com; globex.io')).toEqual({ problem: '"acme.com; globex.io" is not a domain name.' });
    // A pasted paragraph is quoted short: 60 characters and an ellipsis.
    const long = normaliseDomain(`see ${'x'.repeat(100)}`);
    expect(long).toEqual({ problem: `"see ${'x'.repeat(56)}…" is not a domain name.` });
  });
});

describe('isSharedDomain', () => {
  it('knows free mail, under any country suffix for the brands registered everywhere', () => {
    for (const domain of [
      'gmail.com',
      'googlemail.com',
      'outlook.com',
      'hotmail.com',
      'hotmail.co.uk',
      'live.com',
      'msn.com',
      'yahoo.com',
      'yahoo.co.jp',
      'aol.com',
      'icloud.com',
      'me.com',
      'mac.com',
      'proton.me',
      'protonmail.com',
      'gmx.de',
      'gmx.net',
      'web.de',
      'mail.ru',
      'yandex.ru',
      'yandex.com',
      'qq.com',
      '163.com',
      '126.com',
      'zohomail.com',
    ]) {
      expect(isSharedDomain(domain), domain).toBe(true);
    }
  });

  it('knows profile hosts and link shorteners: linkedin.com/company/acme is not LinkedIn', () => {
    const linkedIn = normaliseDomain('https://www.linkedin.com/company/acme');
    expect(linkedIn).toEqual({ domain: 'linkedin.com' });
    for (const domain of [
      'linkedin.com',
      'facebook.com',
      'twitter.com',
      'x.com',
      'bit.ly',
      'linktr.ee',
      'github.com',
      'crunchbase.com',
    ]) {
      expect(isSharedDomain(domain), domain).toBe(true);
    }
  });

  it('leaves organisations’ own domains alone, Zoho and Google included', () => {
    for (const domain of [
      'acme.com',
      'zoho.com',
      'google.com',
      'microsoft.com',
      'acme.myshopify.com',
      'acme.github.io',
    ]) {
      expect(isSharedDomain(domain), domain).toBe(false);
    }
    // The any-suffix brands match the label right under the suffix, nothing deeper or longer.
    expect(isSharedDomain('hotmailer.com')).toBe(false);
    expect(isSharedDomain('yahoo.myshopify.com')).toBe(false);
  });

  it('lists only registrable domains and bare labels (a typo would silently never match)', () => {
    for (const domain of SHARED_DOMAINS) expect(normaliseDomain(domain), domain).toEqual({ domain });
    for (const label of SHARED_UNDER_ANY_SUFFIX) expect(label).toMatch(/^[a-z0-9-]+$/);
  });
});
