import type { Region } from '../markets.ts';
import type { Random } from '../random.ts';

/**
 * Websites for the market's customers, which the generators leave without one: the shop's name closed
 * up under a suffix of its region ("Marta's Pantry" in EMEA → martaspantry.co.uk). Every organisation
 * owns its domain: a name already taken gets another suffix of its region, then a word, then a number,
 * so two shops that share a name (lookalikes) still have domains of their own.
 */
const SUFFIXES: Record<Region, readonly string[]> = {
  'North America': ['com', 'com', 'com', 'us', 'ca', 'co'],
  EMEA: ['co.uk', 'de', 'fr', 'nl', 'com', 'eu', 'es', 'it'],
  APAC: ['com.au', 'co.nz', 'jp', 'sg', 'com', 'in'],
  LATAM: ['com.br', 'com.mx', 'cl', 'com', 'com.ar'],
};

const EXTRA_WORDS = ['shop', 'store', 'online', 'hq'];

/** The label a name gives: ASCII letters and digits, accents dropped ("Zoë's Closet" → zoescloset). */
function domainLabel(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 40);
}

/** A registrable domain no other organisation has yet; records it in `taken`. */
export function customerDomain(random: Random, name: string, region: Region, taken: Set<string>): string {
  const label = domainLabel(name) || 'shop';
  const suffixes = random.shuffled(SUFFIXES[region]);
  const candidates = [
    ...suffixes.map((suffix) => `${label}.${suffix}`),
    ...EXTRA_WORDS.map((word) => `${label}${word}.${suffixes[0]}`),
  ];
  for (const candidate of candidates) {
    if (taken.has(candidate)) continue;
    taken.add(candidate);
    return candidate;
  }
  for (let number = 2; ; number += 1) {
    const candidate = `${label}${number}.${suffixes[0]}`;
    if (taken.has(candidate)) continue;
    taken.add(candidate);
    return candidate;
  }
}
