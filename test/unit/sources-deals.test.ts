import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ledgerEntryFromDeal } from '../../api/ledger/ledger-from-deal.ts';
import { parseAmount } from '../../api/sources/deal-words.ts';
import { detectFile, type Recognised } from '../../api/sources/detect-file.ts';
import type { FilePlan } from '../../api/sources/import-plan.ts';
import { mapDealRow, type DealRecord } from '../../api/sources/map-deal-row.ts';
import { mapRow } from '../../api/sources/map-row.ts';

/**
 * CRM deals and opportunities exports with a partner field (role
 * `crm-deals`): recognised by their headers, each row read into a deal, each
 * deal into the ledger entry the importer writes. Fixtures: test/fixtures/deals/.
 */
function fixture(file: string): { headers: string[]; rows: Record<string, string>[] } {
  const [header = [], ...records] = parse(readFileSync(new URL(`../fixtures/deals/${file}`, import.meta.url), 'utf8'), {
    bom: true,
    skip_empty_lines: true,
  }) as string[][];
  const headers = header.map((name) => name.trim());
  return {
    headers,
    rows: records.map((record) =>
      Object.fromEntries(headers.map((name, index) => [name, (record[index] ?? '').trim()])),
    ),
  };
}

function planOf(file: string, headers: string[]): FilePlan {
  const detection = detectFile(file, headers) as Recognised;
  return {
    file,
    role: 'crm-deals',
    layout: detection.layout,
    columns: detection.columns,
    confidence: 'certain',
    why: detection.why,
    unplaced: detection.unplaced,
  };
}

describe('deals exports are recognised by their headers', () => {
  it('knows a HubSpot deals export by Record ID, Deal Name and Deal Stage, and places the partner', () => {
    const { headers } = fixture('hubspot-deals.csv');
    expect(detectFile('deals.csv', headers)).toMatchObject({
      role: 'crm-deals',
      layout: 'hubspot-deals',
      confidence: 'certain',
      columns: {
        sourceId: 'Record ID',
        name: 'Deal Name',
        account: 'Associated Company',
        partner: 'Partner',
        stage: 'Deal Stage',
        amount: 'Amount',
        created: 'Create Date',
        closed: 'Close Date',
        direction: 'Referral Direction',
      },
      unplaced: ['Pipeline', 'Deal owner'],
    });
  });

  it('knows a Salesforce opportunities report by Opportunity Name, Stage and Close Date', () => {
    const { headers } = fixture('salesforce-opportunities.csv');
    expect(detectFile('opps.csv', headers)).toMatchObject({
      role: 'crm-deals',
      layout: 'salesforce-opportunities',
      confidence: 'certain',
      columns: {
        sourceId: 'Opportunity ID',
        name: 'Opportunity Name',
        account: 'Account Name',
        partner: 'Partner Account',
        currency: 'Opportunity Currency',
      },
    });
  });

  it('says when a deals export has no partner column: every deal is then the owner’s own', () => {
    const detection = detectFile('d.csv', ['Record ID', 'Deal Name', 'Deal Stage', 'Amount']);
    expect(detection.why).toContain('no partner column, so every deal is one of the owner’s own');
  });

  it('still reads HubSpot companies exports as companies', () => {
    expect(detectFile('c.csv', ['Record ID', 'Company name', 'Lifecycle Stage'])).toMatchObject({
      layout: 'hubspot-companies',
    });
  });
});

describe('mapDealRow', () => {
  const hubspot = fixture('hubspot-deals.csv');
  const plan = planOf('deals.csv', hubspot.headers);
  const deals = hubspot.rows.map((row) => mapDealRow(plan, row));

  it('reads each row into a deal: outcome from the stage, who brought whom, amount and dates', () => {
    expect(deals[0]).toEqual({
      deal: {
        role: 'crm-deals',
        sourceId: '9001',
        name: 'Fern & Co – shipping rollout',
        account: { name: 'Fern & Co' },
        partner: { name: 'Kudoswell' },
        outcome: 'WON',
        amount: 12_000,
        createdOn: '2026-01-05',
        closedOn: '2026-02-04',
        direction: 'FROM_PARTNER',
      },
    });
    const outcomes = deals.map((mapped) =>
      'deal' in mapped ? [mapped.deal.outcome, mapped.deal.direction ?? null, mapped.deal.closedOn ?? null] : mapped,
    );
    expect(outcomes).toEqual([
      ['WON', 'FROM_PARTNER', '2026-02-04'],
      ['WON', 'FROM_PARTNER', '2026-03-03'],
      ['LOST', 'FROM_PARTNER', '2026-02-20'],
      // An open deal's close date is a forecast, not a close.
      ['OPEN', 'FROM_PARTNER', null],
      ['WON', 'TO_PARTNER', '2026-02-19'],
      ['WON', null, '2026-02-01'],
      ['LOST', null, '2026-02-15'],
    ]);
  });

  it('reads European amounts and currency signs, and Salesforce’s month-first dates', () => {
    const salesforce = fixture('salesforce-opportunities.csv');
    const opportunities = salesforce.rows.map((row) => mapDealRow(planOf('opps.csv', salesforce.headers), row));
    expect(opportunities[0]).toMatchObject({
      deal: {
        amount: 7_500,
        currency: 'EUR',
        outcome: 'WON',
        createdOn: '2026-01-15',
        closedOn: '2026-03-15',
        partner: { name: 'Payflow' },
      },
    });
    expect(opportunities[1]).toMatchObject({ deal: { outcome: 'OPEN', currency: 'EUR', amount: 3_200 } });
    expect((opportunities[2] as { deal: DealRecord }).deal.partner).toBeUndefined();
  });

  it('refuses a row naming the field, the header and why', () => {
    const row = { ...hubspot.rows[0]!, 'Deal Stage': 'negotiating' };
    expect(mapDealRow(plan, row)).toEqual({
      problem: expect.stringMatching(
        /^stage \(Deal Stage\): "negotiating" is not in the stage table, which has \(empty\), appointmentscheduled/,
      ),
    });
    expect(mapDealRow(plan, { ...hubspot.rows[0]!, Amount: '-500' })).toEqual({
      problem: 'amount (Amount): "-500" is negative; a deal is worth 0 or more',
    });
    expect(mapDealRow(plan, { ...hubspot.rows[0]!, 'Referral Direction': 'sideways' })).toEqual({
      problem: expect.stringMatching(
        /^direction \(Referral Direction\): "sideways" is not a direction PartnerGraph knows; write one of From partner/,
      ),
    });
    expect(mapDealRow(plan, { ...hubspot.rows[0]!, 'Close Date': '2025-12-01' })).toEqual({
      problem: 'closed (Close Date): 2025-12-01 is before the deal was created (2026-01-05)',
    });
  });

  it('is skipped by mapRow, which makes graph rows: deals go to the ledger', () => {
    expect(mapRow(plan, hubspot.rows[0]!)).toEqual({
      skipped: 'deals.csv is a deals export: its rows go to the partnership ledger (mapDealRow), not the graph',
    });
  });
});

describe('parseAmount', () => {
  it.each([
    ['12500', 12_500, undefined],
    ['12,500.00', 12_500, undefined],
    ['$12,500', 12_500, undefined],
    ['12.500,00 €', 12_500, 'EUR'],
    ['EUR 1 234,56', 1_234.56, 'EUR'],
    ["1'234.50", 1_234.5, undefined],
    ['1,250,000', 1_250_000, undefined],
    ['12,5', 12.5, undefined],
    ['0.125', 0.125, undefined],
    ['1234.567', 1_234.567, undefined],
    ['£900 ', 900, 'GBP'],
    ['1500 USD', 1_500, 'USD'],
  ])('reads %s', (text, amount, currency) => {
    expect(parseAmount(text)).toEqual(currency ? { amount, currency } : { amount });
  });

  it('refuses what is not an amount', () => {
    expect(parseAmount('about 5k')).toHaveProperty('problem');
    expect(parseAmount('(1,000)')).toEqual({ problem: '"(1,000)" is negative; a deal is worth 0 or more' });
  });
});

describe('ledgerEntryFromDeal', () => {
  const origin = { file: 'deals.csv', now: '2026-04-01T10:00:00.000Z', actor: 'import of CRM' };
  const deal: DealRecord = {
    role: 'crm-deals',
    sourceId: '9001',
    name: 'Fern',
    account: { name: 'Fern & Co' },
    partner: { name: 'Kudoswell' },
    outcome: 'WON',
    amount: 12_000,
    createdOn: '2026-01-05',
    closedOn: '2026-02-04',
    direction: 'FROM_PARTNER',
  };

  it('makes the entry the importer upserts, its id the owner’s and the CRM’s', () => {
    expect(ledgerEntryFromDeal(deal, { owner: 'shopwell', partner: 'kudoswell' }, origin)).toEqual({
      id: 'crm:shopwell:9001',
      focalId: 'shopwell',
      partnerId: 'kudoswell',
      direction: 'FROM_PARTNER',
      kind: 'DEAL',
      name: 'Fern',
      account: 'Fern & Co',
      outcome: 'WON',
      value: 12_000,
      currency: null,
      referredOn: '2026-01-05',
      closedOn: '2026-02-04',
      note: null,
      source: 'import:deals.csv',
      externalId: '9001',
      updatedAt: origin.now,
      updatedBy: origin.actor,
    });
  });

  it('gives a deal without an id the same id for the same content, and none to a partner that is the owner', () => {
    const { sourceId: _, ...anonymous } = deal;
    const once = ledgerEntryFromDeal(anonymous, { owner: 'shopwell', partner: 'kudoswell' }, origin);
    const again = ledgerEntryFromDeal(
      { ...anonymous },
      { owner: 'shopwell', partner: 'kudoswell' },
      { ...origin, now: '2026-05-01T00:00:00.000Z' },
    );
    expect(once.id).toMatch(/^crm:shopwell:[0-9a-f]{24}$/);
    expect(again.id).toBe(once.id);
    expect(
      ledgerEntryFromDeal({ ...anonymous, name: 'Other' }, { owner: 'shopwell', partner: 'kudoswell' }, origin).id,
    ).not.toBe(once.id);
    expect(ledgerEntryFromDeal(deal, { owner: 'shopwell', partner: 'shopwell' }, origin)).toMatchObject({
      partnerId: null,
      direction: null,
    });
  });
});
