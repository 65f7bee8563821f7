import { describe, expect, it } from 'vitest';
import type { FitStanding, PartnershipRecord } from '../../web/src/client/types.ts';
import {
  fitBadge,
  riskBadge,
  headlinePartnership,
  historyLine,
  relationHeading,
  shortlistBlocker,
  standingLine,
} from '../../web/src/fit/standing.ts';

const partnership = (
  status: PartnershipRecord['status'],
  since: string | null,
  type = 'Technology integration',
): PartnershipRecord => ({ id: `${status}-${since}`, status, since, type: { id: type, name: type } });

const CANDIDATE: FitStanding = {
  relation: 'CANDIDATE',
  history: [],
  ruledOut: false,
  ruledOutBy: null,
  conflicts: [],
  quadrant: 'STRATEGIC',
};

const RIVAL: FitStanding = {
  ...CANDIDATE,
  ruledOut: true,
  ruledOutBy: {
    kind: 'DIRECT_COMPETITOR',
    severity: 'HIGH',
    explanation: 'Cartwright Commerce and Shopwell are declared competitors.',
  },
  conflicts: [{ kind: 'DIRECT_COMPETITOR', severity: 'HIGH' }],
};

describe('history lines', () => {
  it('says since when a partner is active, and which type', () => {
    expect(historyLine(partnership('ACTIVE', '2019-03-11'))).toBe(
      'Active partner since 11 Mar 2019 (Technology integration)',
    );
    expect(historyLine(partnership('ACTIVE', null))).toBe('Active partner (Technology integration)');
  });

  it('reads a proposed partnership as in progress', () => {
    expect(historyLine(partnership('PROPOSED', '2025-01-13', 'Referral'))).toBe(
      'In progress: referral proposed on 13 Jan 2025',
    );
    expect(historyLine(partnership('PROPOSED', null, 'OEM bundle'))).toBe('In progress: OEM bundle proposed');
  });

  it('says when an ended partnership started and that it ended', () => {
    expect(historyLine(partnership('ENDED', '2018-05-20', 'Co-marketing'))).toBe(
      'Former partner: co-marketing started 20 May 2018, now ended',
    );
    expect(historyLine(partnership('ENDED', null, 'Co-marketing'))).toBe('Former partner: co-marketing now ended');
  });

  it('heads a history with the active partnership, else the proposed one, else the newest', () => {
    const ended = partnership('ENDED', '2024-01-01');
    const proposed = partnership('PROPOSED', '2023-01-01');
    const active = partnership('ACTIVE', '2019-01-01');
    expect(headlinePartnership([ended, proposed, active])).toBe(active);
    expect(headlinePartnership([ended, proposed])).toBe(proposed);
    expect(headlinePartnership([ended])).toBe(ended);
    expect(headlinePartnership([])).toBeNull();
  });
});

describe('where a pair stands', () => {
  it('never calls an active partner, a deal in progress or a former partner a candidate', () => {
    expect(relationHeading({ relation: 'PARTNER', ruledOut: false }, 'Shopwell')).toBe('Active partner of Shopwell');
    expect(relationHeading({ relation: 'IN_PROGRESS', ruledOut: false }, 'Shopwell')).toBe(
      'Partnership in progress with Shopwell',
    );
    expect(relationHeading({ relation: 'FORMER_PARTNER', ruledOut: false }, 'Shopwell')).toBe(
      'Former partner of Shopwell',
    );
    expect(relationHeading(CANDIDATE, 'Shopwell')).toBe('Candidate for Shopwell');
    expect(relationHeading(RIVAL, 'Shopwell')).toBe('Ruled out as a partner for Shopwell');
  });

  it('puts the history under a table row’s name, else what rules it out', () => {
    expect(standingLine({ ...CANDIDATE, history: [partnership('ACTIVE', '2019-03-11')] })).toBe(
      'Active partner since 11 Mar 2019 (Technology integration)',
    );
    expect(standingLine(RIVAL)).toBe('Ruled out: direct competitor');
    expect(standingLine(CANDIDATE)).toBeNull();
  });

  it('offers a shortlist only to candidates and former partners that nothing rules out', () => {
    expect(shortlistBlocker(CANDIDATE)).toBeNull();
    expect(shortlistBlocker({ relation: 'FORMER_PARTNER', ruledOut: false })).toBeNull();
    expect(shortlistBlocker({ relation: 'PARTNER', ruledOut: false })).toMatch(/^Already an active partner/);
    expect(shortlistBlocker({ relation: 'IN_PROGRESS', ruledOut: false })).toMatch(/already in progress/);
    expect(shortlistBlocker(RIVAL)).toMatch(/rules it out/);
  });
});

describe('fit badge', () => {
  it('shows the quadrant of a candidate with no high conflict', () => {
    expect(fitBadge(CANDIDATE)).toMatchObject({ tone: 'quadrant-STRATEGIC', label: 'Strategic' });
    expect(fitBadge({ ...CANDIDATE, conflicts: [{ kind: 'CAPABILITY_OVERLAP', severity: 'MEDIUM' }] }).label).toBe(
      'Strategic',
    );
  });

  it('never gives a ruled-out rival a recommending quadrant: "Ruled out" with the reason', () => {
    expect(fitBadge(RIVAL)).toEqual({
      tone: 'ruled-out',
      label: 'Ruled out',
      hint: 'Cartwright Commerce and Shopwell are declared competitors.',
    });
  });

  it('keeps the quadrant for a high conflict the market does not rule out, and says the risk beside it', () => {
    // The ranking keeps this candidate and the API recommends it a type: the badge follows the same rule.
    const overlap = { ...CANDIDATE, conflicts: [{ kind: 'CAPABILITY_OVERLAP' as const, severity: 'HIGH' as const }] };
    expect(fitBadge(overlap)).toMatchObject({ tone: 'quadrant-STRATEGIC', label: 'Strategic' });
    expect(riskBadge(overlap)).toMatchObject({ tone: 'risk-HIGH', label: 'High risk' });
    const two = {
      ...CANDIDATE,
      conflicts: [
        { kind: 'CHANNEL_CONFLICT' as const, severity: 'MEDIUM' as const },
        { kind: 'CAPABILITY_OVERLAP' as const, severity: 'LOW' as const },
      ],
    };
    expect(riskBadge(two)).toMatchObject({ tone: 'risk-MEDIUM', label: 'Medium risk' });
    expect(riskBadge(two)!.hint).toMatch(/^2 conflicts to manage, the worst medium/);
    expect(riskBadge(CANDIDATE)).toBeNull();
    expect(riskBadge(RIVAL)).toBeNull(); // "Ruled out" already says it
  });
});
