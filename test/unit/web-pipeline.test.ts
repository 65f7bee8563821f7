import { describe, expect, it } from 'vitest';
import type { PipelineCard } from '../../web/src/pipeline/pipeline-types.ts';
import {
  boardColumns,
  boardSummary,
  formatMoney,
  goalBar,
  goalWords,
  nextStage,
  unstartedPins,
} from '../../web/src/pipeline/pipeline-words.ts';

/** The pipeline view's pure helpers: the board's columns and headline, the shortlists' pins left to start, goals and money in words. */
const card = (candidateId: string, stage: PipelineCard['stage'], extra: Partial<PipelineCard> = {}): PipelineCard => ({
  id: `i-${candidateId}`,
  focalId: 'alpha',
  focal: { id: 'alpha', name: 'Alpha' },
  candidateId,
  candidate: { id: candidateId, name: candidateId.toUpperCase() },
  inGraph: true,
  stage,
  owner: null,
  nextStep: null,
  nextStepDue: null,
  nextStepOverdue: false,
  lastActivityOn: '2026-01-01',
  activityCount: 0,
  dust: [],
  warnings: [],
  partnership: null,
  plan: null,
  ...extra,
});

describe('the pipeline board', () => {
  it('puts each card in its stage, dusty ones first, then by the next step’s date', () => {
    const cards = [
      card('b', 'CONTACTED', { nextStepDue: '2026-03-01' }),
      card('c', 'CONTACTED', { nextStepDue: '2026-02-01' }),
      card('d', 'CONTACTED', { dust: [{ reason: 'QUIET', days: 40, sentence: 'x' }] }),
      card('e', 'PARKED'),
      card('f', 'SIGNED'),
    ];
    const columns = boardColumns(cards);
    expect(columns.CONTACTED.map((c) => c.candidateId)).toEqual(['d', 'c', 'b']);
    expect(columns.PARKED.map((c) => c.candidateId)).toEqual(['e']);
    expect(columns.RESEARCHING).toEqual([]);
    expect(boardSummary(cards)).toBe('3 in play · 1 signed · 1 gathering dust');
    expect(nextStage('PLAN_AGREED')).toBe('SIGNED');
    expect(nextStage('SIGNED')).toBeNull();
    expect(nextStage('PARKED')).toBeNull();
  });

  it('lists each pinned candidate not yet started once, and none the graph lost', () => {
    const lists = [
      {
        id: 's1',
        name: 'Q3',
        entries: [
          { candidateId: 'b', inGraph: true, candidate: { name: 'B' } },
          { candidateId: 'x', inGraph: true, candidate: { name: 'X' } },
        ],
      },
      {
        id: 's2',
        name: 'Q4',
        entries: [
          { candidateId: 'x', inGraph: true, candidate: { name: 'X' } },
          { candidateId: 'gone', inGraph: false, candidate: null },
        ],
      },
    ];
    expect(unstartedPins(lists, [card('b', 'RESEARCHING')])).toEqual([
      { shortlistId: 's1', shortlistName: 'Q3', candidateId: 'x', name: 'X' },
    ]);
  });

  it('says goals and money as a strategist reads them', () => {
    expect(goalWords({ metric: 'REFERRALS', target: 10, months: 6, description: null })).toBe(
      '10 referrals in 6 months',
    );
    expect(goalWords({ metric: 'WON_VALUE', target: 100000, months: 12, description: null })).toBe(
      '100,000 in won deals in 12 months',
    );
    expect(goalWords({ metric: 'OTHER', target: 1, months: 3, description: 'Joint webinar' })).toBe(
      'Joint webinar in 3 months',
    );
    expect(goalBar({ actual: 3, target: 10, expectedAtCheckpoint: 5 })).toEqual({ done: 0.3, due: 0.5 });
    expect(goalBar({ actual: 30, target: 10, expectedAtCheckpoint: null })).toEqual({ done: 1, due: null });
    expect(formatMoney(12500, 'EUR')).toBe('€12,500');
    expect(formatMoney(12500, null)).toBe('12,500');
    expect(formatMoney(null, 'EUR')).toBe('—');
  });
});
