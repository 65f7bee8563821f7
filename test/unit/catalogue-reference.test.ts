import { describe, expect, it } from 'vitest';
import { catalogueEntry, closestEntries, editDistance } from '../../api/fits/catalogue-reference.ts';

const entries = [
  { id: 'email-campaigns', name: 'Email Campaigns' },
  { id: 'sms-marketing', name: 'SMS Marketing' },
  { id: 'point-of-sale', name: 'Point of Sale' },
];

describe('naming a segment or capability in a filter', () => {
  it('finds it by id, by name, or by a name that slugs to its id', () => {
    expect(catalogueEntry('filter.capability', 'capability', 'email-campaigns', entries).id).toBe('email-campaigns');
    expect(catalogueEntry('filter.capability', 'capability', 'Email Campaigns', entries).id).toBe('email-campaigns');
    expect(catalogueEntry('filter.capability', 'capability', 'point of SALE', entries).id).toBe('point-of-sale');
  });

  it('refuses an unknown one, naming the closest', () => {
    expect(() => catalogueEntry('filter.capability', 'capability', 'Emial Campaigns', entries)).toThrow(
      'Argument "filter.capability" names no capability ("Emial Campaigns"); closest: Email Campaigns (email-campaigns)',
    );
    expect(() => catalogueEntry('filter.segment', 'segment', 'x', [])).toThrow(/there are none in this market/);
  });

  it('ranks by edit distance, containing matches first', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(closestEntries('sms', entries, 1)).toEqual([{ id: 'sms-marketing', name: 'SMS Marketing' }]);
  });
});
