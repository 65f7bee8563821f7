import type { Random } from '../random.ts';
import type { MarketOrganisation } from './export-market.ts';
import type { Naming, TruthRecorder } from './export-truth.ts';
import { freeMailWebsite, spellDomain, spellName, type SpellOptions } from './spellings.ts';

/**
 * How one record names its organisation: a spelling of the name, and a website cell that is one of
 * the domain's forms, empty (a fifth of the records: exports often lack it), or a free-mail address
 * (a few). What was written is counted in the truth's hazards.
 */
export interface RecordNaming {
  name: string;
  /** The website or domain cell; '' when the record has none. */
  website: string;
  naming: Naming;
}

export interface NamingOdds extends SpellOptions {
  /** Share of records written without a website. Default 0.2. */
  withoutDomain?: number;
  /** Share of records whose website is a free-mail address. Default 0.006. */
  freeMail?: number;
  /** Force a record without a website (a planted hazard). */
  forceWithoutDomain?: boolean;
}

export const WITHOUT_DOMAIN = 0.2;
const FREE_MAIL = 0.006;

export function nameRecord(
  random: Random,
  organisation: MarketOrganisation,
  truth: TruthRecorder,
  odds: NamingOdds = {},
): RecordNaming {
  const spelling = spellName(random, organisation.name, odds);
  const roll = random.next();
  const withoutDomain = odds.withoutDomain ?? WITHOUT_DOMAIN;
  if (odds.forceWithoutDomain || !organisation.domain || roll < withoutDomain) {
    truth.spelled(spelling.variations);
    return { name: spelling.text, website: '', naming: 'name-only' };
  }
  if (roll < withoutDomain + (odds.freeMail ?? FREE_MAIL)) {
    truth.spelled(spelling.variations, 'free-mail');
    return { name: spelling.text, website: freeMailWebsite(random, organisation.name), naming: 'free-mail' };
  }
  const domain = spellDomain(random, organisation.domain);
  truth.spelled(spelling.variations, domain.form);
  return { name: spelling.text, website: domain.text, naming: 'domain' };
}
