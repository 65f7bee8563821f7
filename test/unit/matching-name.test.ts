import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../api/matching/name.ts';

describe('normaliseName', () => {
  it('makes the spellings of one organisation equal', () => {
    for (const raw of [
      'Acme, Inc.',
      'ACME Inc',
      'Acme Incorporated',
      'acme',
      '  Acme   LLC ',
      'Acme L.L.C.',
      'The Acme Company',
      'Acme Corp.',
      'Acme Ltd',
      'Acme Limited',
      'Acme GmbH',
      'Acme GmbH & Co. KG',
      'Acme Pty Ltd',
      'Acme S.A.',
      'Acme SAS',
      'Acme S.r.l.',
      'Acme S.p.A.',
      'Acme B.V.',
      'Acme N.V.',
      'Acme plc',
      'Acme Oy',
      'Acme AB',
      'Acme AS',
      'Acme A/S',
      'Acme K.K.',
      'Acme SE',
      'Acme & Co.',
      'Acme Co',
      'Acme Corporation, Inc.',
    ]) {
      expect(normaliseName(raw), raw).toBe('acme');
    }
  });

  it('spells out & and +, drops apostrophes and accents, and folds letters NFKD keeps whole', () => {
    expect(normaliseName('AT&T')).toBe('at and t');
    expect(normaliseName('AT and T')).toBe('at and t');
    expect(normaliseName("Ben & Jerry's")).toBe('ben and jerrys');
    expect(normaliseName('Ben and Jerrys')).toBe('ben and jerrys');
    expect(normaliseName('Ben & Jerry’s')).toBe('ben and jerrys');
    expect(normaliseName('Société Générale')).toBe('societe generale');
    expect(normaliseName('Societe Generale')).toBe('societe generale');
    expect(normaliseName('Weiß Straße AG')).toBe('weiss strasse');
    expect(normaliseName('Ærø Bryggeri')).toBe('aero bryggeri');
    expect(normaliseName('Łódź Sp')).toBe('lodz sp');
    expect(normaliseName('Hewlett-Packard')).toBe('hewlett packard');
    expect(normaliseName('J.P. Morgan')).toBe(normaliseName('JP Morgan'));
    expect(normaliseName('Procter + Gamble Co.')).toBe('procter and gamble');
  });

  it('keeps what a suffix list must not eat', () => {
    // "Company" alone is a name; "co"/"company" go only after another word.
    expect(normaliseName('Company')).toBe('company');
    expect(normaliseName('The Company')).toBe('company');
    // A leading "the" goes only when a word follows.
    expect(normaliseName('The')).toBe('the');
    // Suffixes go from the end only: "Inc Labs" is not "labs".
    expect(normaliseName('Inc Labs')).toBe('inc labs');
    // Johnson & Johnson's "and" is no dangling connector.
    expect(normaliseName('Johnson & Johnson')).toBe('johnson and johnson');
    // Holdings and Group are kept: "Acme Holdings" is often another legal entity than "Acme".
    expect(normaliseName('Acme Holdings, Inc.')).toBe('acme holdings');
    expect(normaliseName('Acme Group')).toBe('acme group');
    // A domain written as a name is two words, not an abbreviation.
    expect(normaliseName('Booking.com')).toBe('booking com');
    expect(normaliseName('3M')).toBe('3m');
    expect(normaliseName('日本電気株式会社')).toBe('日本電気株式会社');
  });

  it('returns an empty name when nothing but a legal form is left', () => {
    for (const raw of ['Inc.', 'LLC', 'GmbH & Co. KG', ' , ', '', 'S.A.']) expect(normaliseName(raw), raw).toBe('');
  });

  it('gives ASCII and Unicode text the same treatment (ASCII takes a faster path)', () => {
    // "é" sends the whole name down the Unicode path; the rest must come out as on the ASCII path.
    expect(normaliseName('Acme S.A. & Jerry’s Co. é')).toBe('acme sa and jerrys co e');
    expect(normaliseName("Acme S.A. & Jerry's Co. e")).toBe('acme sa and jerrys co e');
  });
});
