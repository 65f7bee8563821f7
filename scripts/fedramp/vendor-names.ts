import { slugify } from '../../api/domain/slug.ts';
import { mostCommon } from './compare.ts';

/**
 * Vendor names in the export are typed by hand: "Acme, Inc.", "ACME Inc", "Acme LLC." can all
 * be the same company. Only *trailing* legal suffixes are removed, so a suffix inside a name
 * ("Sirsi Corporation (SirsiDynix)") or an alias after it ("Foo, Inc. (FOO)") is kept as typed.
 */
const legalSuffix = /[\s,]+(?:inc|incorporated|llc|l\.l\.c|corp|corporation|ltd|co)\.?$/i;

/** Punctuation and spaces left at the end once a suffix is gone ("Acme," → "Acme"). */
const trailingPunctuation = /[\s,.;:]+$/;

/**
 * The vendor's name without trailing legal suffixes, commas and punctuation, with spaces
 * collapsed: "Zoom Video Communications, LLC" → "Zoom Video Communications",
 * "Xtec, Incorporated" → "Xtec". Suffixes are removed repeatedly ("Acme Co., Ltd."); a name
 * that is nothing but a suffix is left alone.
 */
export function normaliseVendorName(rawName: string): string {
  let name = rawName.replace(/\s+/g, ' ').trim();
  for (;;) {
    const shorter = name.replace(legalSuffix, '').replace(trailingPunctuation, '');
    if (shorter === name || shorter === '') return name;
    name = shorter;
  }
}

/** The company id of a vendor: the slug of its normalised name, so case variants meet too. */
export function vendorId(rawName: string): string {
  return slugify(normaliseVendorName(rawName));
}

/**
 * The display name of a company whose products spell the vendor in several ways: the
 * normalised spelling used by most products, ties broken by code-point order so the choice
 * never depends on the order of the export.
 */
export function chooseDisplayName(rawNames: readonly string[]): string {
  const name = mostCommon(rawNames.map(normaliseVendorName));
  if (name === undefined) throw new Error('chooseDisplayName needs at least one name');
  return name;
}
