import type { Random } from './random.ts';

/** Invented, pronounceable company names for synthetic ecosystems ("Velmora Pay", "Tridane Labs"). */

const SYLLABLES = [
  'va',
  'lo',
  'ri',
  'ne',
  'to',
  'ka',
  'mi',
  'su',
  'ra',
  'de',
  'lu',
  'po',
  'xa',
  'zen',
  'tri',
  'mar',
  'bel',
  'cor',
  'dal',
  'fen',
  'gar',
  'hal',
  'jun',
  'kel',
  'lin',
  'mor',
  'nor',
  'pel',
  'quin',
  'sol',
  'tor',
  'vel',
  'wyn',
  'ar',
  'en',
  'is',
  'om',
  'ul',
  'dra',
  'ste',
];

/** Suffixes that hint at what a company does, by capability category. */
const SUFFIXES: Record<string, readonly string[]> = {
  payments: ['Pay', 'Payments', 'Pay Systems'],
  shipping: ['Ship', 'Freight', 'Logistics'],
  'email-marketing': ['Mail', 'Post', 'Letters'],
  storefront: ['Commerce', 'Shops', 'Store'],
  marketplace: ['Market', 'Bazaar'],
  analytics: ['Analytics', 'Insights', 'Metrics'],
  'agency-services': ['Studio', 'Digital', 'Agency'],
};
const GENERIC_SUFFIXES = ['Labs', 'Systems', 'Cloud', 'HQ', 'Technologies', 'Group', 'Software', 'Works'];

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A made-up brand (2–3 syllables), used as the name's stem and the domain. */
export function brandName(random: Random): string {
  const syllables = random.int(2, 3);
  let brand = '';
  for (let i = 0; i < syllables; i++) brand += random.pick(SYLLABLES);
  return capitalise(brand);
}

/** "<Brand> <Suffix>", the suffix fitting the company's main capability category half of the time. */
export function companyName(random: Random, brand: string, category: string): string {
  const fitting = SUFFIXES[category];
  const suffix = fitting && random.chance(0.5) ? random.pick(fitting) : random.pick(GENERIC_SUFFIXES);
  return `${brand} ${suffix}`;
}
