/**
 * Domains that many unrelated organisations share, and so say nothing about which organisation a
 * record is. A customer whose "website" is sales@gmail.com or linkedin.com/company/acme is neither
 * Google nor LinkedIn; matching on those domains would fold thousands of unrelated customers into
 * one. The matcher treats them as no domain at all and matches such records by name instead
 * (docs/matching.md, "Shared domains").
 *
 * A domain is listed when personal or profile use of it outnumbers, by far, the organisations whose
 * own website it is. Where the domain is also the site of a company that may appear in a partner
 * file (Yahoo, AOL, X, LinkedIn, GitHub…), that company loses matching by domain and is matched by
 * name: a missed merge is reported, a wrong one would silently inflate every overlap.
 *
 * Deliberately NOT listed:
 * - zoho.com: Zoho Corporation is a software vendor that partner sheets name, with zoho.com as its
 *   website, and free Zoho Mail accounts are offered under zohomail.com (listed). If zoho.com does
 *   turn up under many unrelated names, the crowding rule (crowded-domains.ts) catches it anyway.
 * - google.com: Google is a vendor in most ecosystems. Pages on sites.google.com do resolve to
 *   google.com; a record whose website is such a page needs an override.
 * - Corporate sites of telecoms that also host mail (sky.com, virginmedia.com, rogers.com): their
 *   own site first.
 * - Hosts under a private suffix of the public suffix list (acme.myshopify.com, acme.github.io,
 *   acme.wixsite.com, acme.blogspot.com): normaliseDomain keeps those whole, so each site is its own
 *   domain and nothing is shared.
 */

/** Free and consumer mail providers, by registrable domain. */
const MAIL_PROVIDERS = [
  // Google, Microsoft, Apple, Yahoo, AOL
  'gmail.com',
  'googlemail.com',
  'msn.com',
  'passport.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'ymail.com',
  'rocketmail.com',
  'aim.com',
  // privacy-minded and paid personal mail
  'proton.me',
  'protonmail.com',
  'protonmail.ch',
  'pm.me',
  'tutanota.com',
  'tutanota.de',
  'tuta.io',
  'tutamail.com',
  'fastmail.com',
  'fastmail.fm',
  'hey.com',
  'hushmail.com',
  'mail.com',
  'email.com',
  'usa.com',
  'inbox.com',
  'zohomail.com',
  // throw-away addresses
  'mailinator.com',
  'yopmail.com',
  'guerrillamail.com',
  '10minutemail.com',
  // Europe
  'web.de',
  't-online.de',
  'freenet.de',
  'libero.it',
  'virgilio.it',
  'alice.it',
  'tin.it',
  'laposte.net',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'sfr.fr',
  'seznam.cz',
  'wp.pl',
  'o2.pl',
  'interia.pl',
  'onet.pl',
  'ukr.net',
  'btinternet.com',
  'ntlworld.com',
  'talktalk.net',
  // Russia, Asia
  'mail.ru',
  'bk.ru',
  'inbox.ru',
  'list.ru',
  'rambler.ru',
  'ya.ru',
  'qq.com',
  'foxmail.com',
  '163.com',
  '126.com',
  'yeah.net',
  'sina.com',
  'sina.cn',
  'sohu.com',
  'naver.com',
  'daum.net',
  'hanmail.net',
  'rediffmail.com',
  // Internet providers' mail in North America, Australia, Brazil
  'comcast.net',
  'verizon.net',
  'att.net',
  'sbcglobal.net',
  'bellsouth.net',
  'cox.net',
  'charter.net',
  'earthlink.net',
  'shaw.ca',
  'sympatico.ca',
  'telus.net',
  'bigpond.com',
  'optusnet.com.au',
  'uol.com.br',
  'bol.com.br',
];

/**
 * Mail brands registered under many country suffixes (hotmail.co.uk, yahoo.co.jp, gmx.de,
 * yandex.ru…): the registrable domain is shared when its label before the ICANN public suffix is
 * one of these, whatever the suffix.
 */
export const SHARED_UNDER_ANY_SUFFIX: ReadonlySet<string> = new Set([
  'hotmail',
  'outlook',
  'live',
  'windowslive',
  'yahoo',
  'aol',
  'gmx',
  'yandex',
  'zohomail',
]);

/**
 * Social profiles, link shorteners, link-in-bio pages, directories and site builders whose pages
 * live under the builder's own registrable domain: the URL names a page about the organisation,
 * not its domain.
 */
const PROFILE_AND_LINK_HOSTS = [
  'linkedin.com',
  'lnkd.in',
  'facebook.com',
  'fb.com',
  'fb.me',
  'instagram.com',
  'twitter.com',
  'x.com',
  't.co',
  'youtube.com',
  'youtu.be',
  'tiktok.com',
  'pinterest.com',
  'vk.com',
  'weibo.com',
  'wa.me',
  't.me',
  'github.com',
  'gitlab.com',
  'bitbucket.org',
  'medium.com',
  'substack.com',
  'wordpress.com',
  'squarespace.com',
  'godaddysites.com',
  'business.site',
  'linktr.ee',
  'about.me',
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  'goo.gl',
  'ow.ly',
  'buff.ly',
  'is.gd',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  'crunchbase.com',
  'angel.co',
  'wellfound.com',
  'xing.com',
  'glassdoor.com',
  'indeed.com',
  'yelp.com',
  'tripadvisor.com',
  'trustpilot.com',
];

/** Every exactly listed registrable domain. */
export const SHARED_DOMAINS: ReadonlySet<string> = new Set([...MAIL_PROVIDERS, ...PROFILE_AND_LINK_HOSTS]);
