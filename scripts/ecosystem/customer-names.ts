import type { Industry, Region } from './markets.ts';
import type { Random } from './random.ts';

/**
 * Plausible shop names ("Juniper Threads", "Marta's Pantry", "The Copper
 * Kettle Bakery"), shaped by industry and region. Names may repeat; callers
 * that need unique names retry.
 */

const WORDS = [
  'Amber',
  'Atlas',
  'Beacon',
  'Birch',
  'Bluebell',
  'Bright',
  'Cedar',
  'Clover',
  'Cobalt',
  'Copper',
  'Coral',
  'Crimson',
  'Dune',
  'Echo',
  'Elm',
  'Ember',
  'Evergreen',
  'Fable',
  'Fern',
  'Fjord',
  'Garnet',
  'Glacier',
  'Golden',
  'Granite',
  'Harbor',
  'Hazel',
  'Heron',
  'Hollow',
  'Honey',
  'Indigo',
  'Ivy',
  'Jade',
  'Juniper',
  'Kestrel',
  'Kite',
  'Lark',
  'Laurel',
  'Lavender',
  'Linden',
  'Lotus',
  'Luna',
  'Magnolia',
  'Maple',
  'Marigold',
  'Meadow',
  'Mint',
  'Moss',
  'North Star',
  'Nova',
  'Oak',
  'Olive',
  'Onyx',
  'Opal',
  'Orchid',
  'Pearl',
  'Pebble',
  'Pine',
  'Poppy',
  'Prairie',
  'Quartz',
  'Raven',
  'Riverstone',
  'Rosewood',
  'Rowan',
  'Saffron',
  'Sage',
  'Sapphire',
  'Scarlet',
  'Solstice',
  'Sparrow',
  'Spruce',
  'Summit',
  'Sunny',
  'Thistle',
  'Tidal',
  'Timber',
  'Tulip',
  'Urban',
  'Vale',
  'Velvet',
  'Violet',
  'Walnut',
  'Willow',
  'Wren',
  'Yarrow',
  'Zephyr',
];

/** A touch of local colour per region, including accented names. */
const REGIONAL_WORDS: Record<Region, readonly string[]> = {
  'North America': ['Brooklyn', 'Cascade', 'Prairie Rose', 'Big Sky', 'Lakeshore', 'Redwood'],
  EMEA: ['Café', 'Crème', 'Noël', 'Nordlys', 'Alpine', 'Élan', 'Bijou', 'Søndre', 'Müller'],
  APAC: ['Sakura', 'Bamboo', 'Kōwhai', 'Pōhutukawa', 'Monsoon', 'Saigon', 'Harbour Bridge'],
  LATAM: ['Casa', 'Sol y Luna', 'Mercado', 'Bonita', 'Ipê', 'Pitanga', 'Señora', 'Canela'],
};

const OWNERS = [
  "Nona's",
  "Marta's",
  "Ollie's",
  "Priya's",
  "Kenji's",
  "Amara's",
  "Lucía's",
  "Tomás's",
  "Hannah's",
  "Ade's",
  "Mei's",
  "Zoë's",
  "Bruno's",
  "Freya's",
  "Ravi's",
  "Ines's",
];

const SURNAMES = ['Hartley', 'Moss', 'Okafor', 'Lindqvist', 'Ferreira', 'Tanaka', 'Novak', 'Byrne'];

const NOUNS: Record<Industry, readonly string[]> = {
  Fashion: [
    'Threads',
    'Atelier',
    'Apparel',
    'Boutique',
    'Denim Co.',
    'Outfitters',
    'Wardrobe',
    'Tailoring',
    'Knitwear',
    'Clothing Co.',
    'Label',
    'Closet',
    'Linen',
  ],
  Electronics: [
    'Electronics',
    'Gadgets',
    'Circuits',
    'Audio',
    'Tech Supply',
    'Devices',
    'Gear Lab',
    'Components',
    'Camera Shop',
    'Computers',
    'Hi-Fi',
  ],
  'Food & Beverage': [
    'Bakery',
    'Coffee Roasters',
    'Pantry',
    'Provisions',
    'Tea Co.',
    'Chocolatier',
    'Kitchen',
    'Creamery',
    'Wine Cellar',
    'Brewing Co.',
    'Spice Market',
    'Deli',
  ],
  'Home & Garden': [
    'Home',
    'Living',
    'Interiors',
    'Garden Supply',
    'Ceramics',
    'Furniture',
    'Lighting',
    'Linens',
    'Nursery',
    'Candle Co.',
  ],
  Beauty: ['Beauty', 'Cosmetics', 'Skincare', 'Apothecary', 'Soap Co.', 'Salon Supply', 'Fragrances', 'Botanicals'],
  'Sports & Outdoors': [
    'Outdoor Co.',
    'Cycles',
    'Surf Shop',
    'Athletics',
    'Climbing Gear',
    'Running Co.',
    'Fitness',
    'Trail Supply',
    'Golf',
  ],
  'Toys & Games': ['Toys', 'Games', 'Puzzles', 'Playthings', 'Hobby Shop', 'Kites'],
  'Books & Media': ['Books', 'Records', 'Press', 'Comics', 'Stationery', 'Paper Co.'],
  'Health & Wellness': ['Wellness', 'Vitamins', 'Yoga', 'Pharmacy', 'Naturals', 'Remedies'],
  Pets: ['Pet Supply', 'Pet Co.', 'Dog Goods', 'Aquatics', 'Feed & Seed', 'Cat Corner'],
  'Jewelry & Accessories': ['Jewelry', 'Jewellers', 'Watches', 'Eyewear', 'Bags', 'Goldsmiths'],
};

/** One shop name for a customer in `industry` and `region`. */
export function customerName(random: Random, industry: Industry, region: Region): string {
  const noun = random.pick(NOUNS[industry]);
  const roll = random.next();
  if (roll < 0.12) return `${random.pick(OWNERS)} ${noun}`;
  if (roll < 0.2) return `The ${random.pick(WORDS)} ${noun}`;
  if (roll < 0.3) return `${random.pick(REGIONAL_WORDS[region])} ${noun}`;
  if (roll < 0.35) return `${twoDifferent(random, WORDS).join(' & ')}`;
  if (roll < 0.36) return `${twoDifferent(random, SURNAMES).join(', ')} & Co.`;
  return `${random.pick(WORDS)} ${noun}`;
}

function twoDifferent(random: Random, words: readonly string[]): [string, string] {
  const first = random.pick(words);
  let second = random.pick(words);
  while (second === first) second = random.pick(words);
  return [first, second];
}
