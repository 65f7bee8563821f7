import type { Random } from '../random.ts';

/**
 * How exports spell one organisation. The same shop is "Marta's Pantry" in the CRM, "MARTAS PANTRY
 * LLC" in a technographic list and "Marta’s Pantry, Inc." in a spreadsheet someone typed; its website
 * is `https://www.martaspantry.com/` in one file, `MARTASPANTRY.COM` or `sales@martaspantry.com` in
 * another. Each variation here changes the writing, never the organisation: the truth beside the
 * files still names the one organisation every spelling stands for.
 */

/** What a spelling may have done to a name, each on its own draw. */
export const NAME_VARIATIONS = [
  'legal-suffix',
  'upper-case',
  'lower-case',
  'and-for-ampersand',
  'ampersand-for-and',
  'accents-dropped',
  'the-added',
  'the-dropped',
  'punctuation-dropped',
  'curly-apostrophe',
] as const;
export type NameVariation = (typeof NAME_VARIATIONS)[number];

/** Legal forms as exports append them (the list the brief of every CRM clean-up names). */
export const LEGAL_SUFFIXES = [
  ' Inc',
  ' Inc.',
  ', Inc.',
  ' Incorporated',
  ' LLC',
  ', LLC',
  ' Ltd',
  ' Ltd.',
  ' Limited',
  ' GmbH',
  ' SA',
  ' S.A.',
  ' plc',
  ' PLC',
  ' Corp',
  ' Corp.',
  ' Corporation',
] as const;

/** How a website or domain cell is written. */
export const DOMAIN_FORMS = ['bare', 'https-www', 'http-path', 'upper-case', 'www', 'email'] as const;
export type DomainForm = (typeof DOMAIN_FORMS)[number];

export interface NameSpelling {
  text: string;
  variations: NameVariation[];
}

export interface SpellOptions {
  /**
   * Whether the spelling may hold a comma (", Inc."). A list cell (a directory's competitors) is split
   * on commas when it has no semicolon, so a person typing one does not write them there.
   */
  commas?: boolean;
}

/** One way an export writes `name`; most spellings change something, about a third none. */
export function spellName(random: Random, name: string, options: SpellOptions = {}): NameSpelling {
  const variations: NameVariation[] = [];
  let text = name;
  const apply = (variation: NameVariation, probability: number, change: (text: string) => string): void => {
    if (!random.chance(probability)) return;
    const changed = change(text);
    if (changed === text) return;
    text = changed;
    variations.push(variation);
  };
  if (/^the /i.test(text)) apply('the-dropped', 0.4, (value) => value.slice(4));
  else apply('the-added', 0.06, (value) => `The ${value}`);
  if (text.includes('&')) apply('and-for-ampersand', 0.5, (value) => value.replace(/\s*&\s*/g, ' and '));
  else if (/ and /i.test(text)) apply('ampersand-for-and', 0.5, (value) => value.replace(/ and /gi, ' & '));
  if (/[^\x20-\x7e]/.test(text))
    apply('accents-dropped', 0.5, (value) => value.normalize('NFKD').replace(/\p{M}+/gu, ''));
  apply('punctuation-dropped', 0.15, (value) =>
    value.replace(/[.,']/g, '').replace(/-/g, ' ').replace(/\s+/g, ' ').trim(),
  );
  if (text.includes("'")) apply('curly-apostrophe', 0.25, (value) => value.replace(/'/g, '’'));
  const suffixes = options.commas === false ? LEGAL_SUFFIXES.filter((suffix) => !suffix.includes(',')) : LEGAL_SUFFIXES;
  apply('legal-suffix', 0.35, (value) => `${value.replace(/[.,]$/, '')}${random.pick(suffixes)}`);
  const casing = random.next();
  if (casing < 0.12) apply('upper-case', 1, (value) => value.toUpperCase());
  else if (casing < 0.2) apply('lower-case', 1, (value) => value.toLowerCase());
  return { text, variations };
}

const PATHS = ['/shop', '/en-us/', '/about?ref=crm', '/collections/all', '/contact'];
const MAILBOXES = ['sales', 'info', 'hello', 'orders'];

/** One way a website or domain cell holds `domain` (a registrable domain, lower-case). */
export function spellDomain(random: Random, domain: string): { text: string; form: DomainForm } {
  const form = random.pick(DOMAIN_FORMS);
  return { text: writeDomain(form, domain, random), form };
}

function writeDomain(form: DomainForm, domain: string, random: Random): string {
  switch (form) {
    case 'bare':
      return domain;
    case 'https-www':
      return `https://www.${domain}/`;
    case 'http-path':
      return `http://${domain}${random.pick(PATHS)}`;
    case 'upper-case':
      return domain.toUpperCase();
    case 'www':
      return `www.${domain}`;
    case 'email':
      return `${random.pick(MAILBOXES)}@${domain}`;
  }
}

/**
 * A free-mail address typed where the website belongs (the owner's own mailbox): no identity at all,
 * since thousands of unrelated shops share gmail.com.
 */
export function freeMailWebsite(random: Random, name: string): string {
  if (random.chance(0.4)) return 'gmail.com';
  const local = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 20);
  return `${local || 'shop'}${random.int(1, 99)}@gmail.com`;
}
