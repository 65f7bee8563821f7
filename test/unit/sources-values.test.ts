import { describe, expect, it } from 'vitest';
import { comparable } from '../../api/sources/comparable.ts';
import { parseDate } from '../../api/sources/parse-date.ts';
import { parseEmployees } from '../../api/sources/parse-employees.ts';
import { splitList } from '../../api/sources/split-list.ts';

describe('comparable', () => {
  it('ignores case, accents, spaces, underscores and punctuation', () => {
    expect(comparable('Company Name')).toBe('companyname');
    expect(comparable(' company_name ')).toBe('companyname');
    expect(comparable('Country/Region')).toBe('countryregion');
    expect(comparable('BillingCountry')).toBe(comparable('Billing Country'));
    expect(comparable('Marketing Qualified Lead')).toBe(comparable('marketingqualifiedlead'));
    expect(comparable('Société')).toBe('societe');
    expect(comparable('# of Employees')).toBe('ofemployees');
  });
});

describe('parseDate', () => {
  it('reads every documented format as YYYY-MM-DD', () => {
    const cases: [string, string][] = [
      ['2023-04-01', '2023-04-01'],
      ['2023-4-1', '2023-04-01'],
      ['2023-04', '2023-04-01'], // a month alone: its first day
      ['2023', '2023-01-01'], // a year alone: its first day
      ['2023-04-01T10:00:00Z', '2023-04-01'],
      ['2023-04-01T23:30:00.000-05:00', '2023-04-01'], // the date as written, not moved to UTC
      ['2023-04-01 10:00', '2023-04-01'], // HubSpot's exports
      ['4/1/2023', '2023-04-01'], // month first, as US exports write it
      ['12/31/2023', '2023-12-31'],
      ['4/1/2023 10:00 AM', '2023-04-01'], // Salesforce's date and time
      ['1.4.2023', '2023-04-01'], // day first, with dots
      ['31.12.2023', '2023-12-31'],
      ['Apr 1, 2023', '2023-04-01'],
      ['April 1, 2023', '2023-04-01'],
      ['Sept 30, 2023', '2023-09-30'],
      ['1 Apr 2023', '2023-04-01'],
      [' 2023-04-01 ', '2023-04-01'],
    ];
    for (const [written, date] of cases) expect(parseDate(written), written).toEqual({ date });
  });

  it('refuses dates that are not in the calendar, and formats it cannot read unambiguously', () => {
    expect(parseDate('2023-02-29')).toEqual({ problem: '"2023-02-29" is not a date in the calendar' });
    expect(parseDate('31/12/2023')).toEqual({ problem: '"31/12/2023" is not a date in the calendar' }); // a slash means month first
    expect(parseDate('2023-13')).toEqual({ problem: '"2023-13" is not a date in the calendar' });
    const unreadable = (value: string) => ({
      problem: `"${value}" is not a date PartnerGraph reads; write 2023-04-01, 2023-04, 2023, 4/1/2023 (month first), 1.4.2023 (day first) or Apr 1, 2023`,
    });
    for (const value of ['4/1/23', 'yesterday', 'Q2 2023', 'Foo 1, 2023', '2023/04/01'])
      expect(parseDate(value), value).toEqual(unreadable(value));
  });
});

describe('parseEmployees', () => {
  it('reads numbers, separators, k and m, ranges (their midpoint) and open bands (their bound)', () => {
    const cases: [string, number][] = [
      ['1200', 1200],
      ['1,200', 1200],
      ['1 200', 1200],
      ['1.200', 1200],
      ['12,500,000', 12_500_000],
      ['1200.0', 1200],
      ['1.2k', 1200],
      ['3K', 3000],
      ['1.5m', 1_500_000],
      ['51-200', 126], // (51 + 200) / 2 = 125.5, rounded
      ['1,001–5,000', 3001],
      ['1-10', 6],
      ['10000+', 10000],
      ['10,001+', 10001],
      ['51-200 employees', 126],
      ['0', 0],
    ];
    for (const [written, employees] of cases) expect(parseEmployees(written), written).toEqual({ employees });
  });

  it('refuses anything else, with what was written and what it reads', () => {
    for (const value of ['about 50', '1.5', '200-51', '1,20', 'n/a', '-5']) {
      expect(parseEmployees(value), value).toEqual({
        problem: `"${value}" is not a number of employees; write 1200, 1,200, 1.2k, 51-200 or 10000+`,
      });
    }
  });
});

describe('splitList', () => {
  it('splits on ";" when the cell has one, else on ","', () => {
    expect(splitList('Checkout; Payments')).toEqual(['Checkout', 'Payments']);
    expect(splitList('Checkout, Payments')).toEqual(['Checkout', 'Payments']);
    expect(splitList('Fraud screening, EU; Chargebacks')).toEqual(['Fraud screening, EU', 'Chargebacks']);
    // A legal form alone belongs to the name before it: a rival written "Acme, Inc." is one company.
    expect(splitList('Acme, Inc.')).toEqual(['Acme, Inc.']);
    expect(splitList('Acme, Inc., Globex, LLC, Initech')).toEqual(['Acme, Inc.', 'Globex, LLC', 'Initech']);
  });

  it('trims, drops empty values, and keeps a value repeated in any case once, as first written', () => {
    expect(splitList(' Checkout ;; checkout; Payments ;')).toEqual(['Checkout', 'Payments']);
    expect(splitList('')).toEqual([]);
    expect(splitList('Analytics')).toEqual(['Analytics']);
  });
});
