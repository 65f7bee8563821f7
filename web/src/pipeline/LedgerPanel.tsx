/**
 * The partnership's ledger and what it adds up to: leads and deals referred
 * each way with their outcome, the impact on each side, the balance between
 * them, the lift from working with the partner, and the plan's goals.
 */
import { useState } from 'react';
import { formatDate, formatPercent } from '../format/numbers.ts';
import type {
  FlowView,
  ImpactView,
  LedgerOutcome,
  LedgerRow,
  PipelineItemDetail,
  ReferralDirection,
} from './pipeline-types.ts';
import { formatMoney, goalBar, goalWords, todayIso } from './pipeline-words.ts';
import { recordEntry, updateEntry } from './use-pipeline.ts';

interface Props {
  item: Pick<PipelineItemDetail, 'focalId' | 'focal' | 'candidateId' | 'candidate' | 'impact'>;
  ledger: readonly LedgerRow[];
  run(action: () => Promise<void>): Promise<boolean>;
}

export function LedgerPanel({ item, ledger, run }: Props) {
  const focalName = item.focal?.name ?? item.focalId;
  const partnerName = item.candidate?.name ?? item.candidateId;
  const currency = ledger.find((entry) => entry.currency)?.currency ?? null;
  return (
    <div className="ledger-panel" data-testid="ledger-panel">
      <Impact impact={item.impact} focalName={focalName} partnerName={partnerName} currency={currency} />
      <EntryForm
        focal={item.focalId}
        partner={item.candidateId}
        focalName={focalName}
        partnerName={partnerName}
        run={run}
      />
      <table className="ledger-table" data-testid="ledger-table">
        <thead>
          <tr>
            <th>Referred</th>
            <th>Who brought whom</th>
            <th>Account / deal</th>
            <th className="numeric">Value</th>
            <th>Outcome</th>
            <th>Closed</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {ledger.map((entry) => (
            <tr key={entry.id} data-outcome={entry.outcome} data-testid="ledger-row">
              <td>{entry.referredOn ? formatDate(entry.referredOn) : '—'}</td>
              <td>
                {entry.direction === 'FROM_PARTNER' ? `${partnerName} → ${focalName}` : `${focalName} → ${partnerName}`}
              </td>
              <td>
                {entry.account ?? '—'}
                {entry.name && <span className="muted"> · {entry.name}</span>}
                {entry.source !== 'api' && (
                  <span className="muted"> · {entry.source.replace(/^import:/, 'from ')}</span>
                )}
              </td>
              <td className="numeric">{formatMoney(entry.value, entry.currency)}</td>
              <td>
                <span className={`chip outcome-${entry.outcome}`}>{entry.outcome.toLowerCase()}</span>
              </td>
              <td>{entry.closedOn ? formatDate(entry.closedOn) : ''}</td>
              <td>
                {entry.outcome === 'OPEN' && (
                  <>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => void run(() => updateEntry(entry.id, { outcome: 'WON' }))}
                    >
                      Won
                    </button>{' '}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => void run(() => updateEntry(entry.id, { outcome: 'LOST' }))}
                    >
                      Lost
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
          {ledger.length === 0 && (
            <tr>
              <td colSpan={7} className="muted">
                No referral yet. Record each lead passed either way, or import a CRM deals export with a partner field.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

function Impact({
  impact,
  focalName,
  partnerName,
  currency,
}: {
  impact: ImpactView;
  focalName: string;
  partnerName: string;
  currency: string | null;
}) {
  const total = impact.fromPartner.referrals + impact.toPartner.referrals;
  const lift = impact.lift;
  return (
    <section className="impact" data-testid="impact">
      <div className="impact-flows">
        <Flow
          title={`${partnerName} brought ${focalName}`}
          flow={impact.fromPartner}
          currency={currency}
          testId="impact-from"
        />
        <Flow
          title={`${focalName} brought ${partnerName}`}
          flow={impact.toPartner}
          currency={currency}
          testId="impact-to"
        />
      </div>
      <div className="impact-balance">
        <div className="balance-bar" aria-hidden="true">
          <span
            className="balance-from"
            style={{ width: total === 0 ? '50%' : `${(impact.fromPartner.referrals / total) * 100}%` }}
          />
        </div>
        <p data-testid="impact-balance">{impact.balanceSentence}</p>
      </div>
      <p className="impact-lift" data-testid="impact-lift">
        {lift ? (
          <>
            Working with {partnerName}: win rate <strong>{formatPercent(lift.winRateWith)}</strong> against{' '}
            {formatPercent(lift.winRateWithout)} without a partner ({lift.winRatePoints >= 0 ? '+' : ''}
            {Math.round(lift.winRatePoints * 100)} points, {lift.closedWith} and {lift.closedWithout} closed)
            {lift.dealSizeLift !== null && (
              <>
                ; deal size <strong>{formatMoney(lift.dealSizeWith, currency)}</strong> against{' '}
                {formatMoney(lift.dealSizeWithout, currency)} ({lift.dealSizeLift >= 0 ? '+' : ''}
                {formatPercent(lift.dealSizeLift)})
              </>
            )}
            .
          </>
        ) : (
          <span className="muted">
            The lift needs closed deals both with {partnerName} and without a partner (record your own deals without a
            partner, or import them).
          </span>
        )}
      </p>
      {impact.goals.length > 0 && (
        <ul className="impact-goals">
          {impact.goals.map((goal) => (
            <li key={goal.id} className={goal.behind ? 'is-behind' : ''}>
              <span>
                {goal.side === 'FOCAL' ? focalName : partnerName} gets {goalWords(goal)}
              </span>
              {goal.metric !== 'OTHER' && (
                <span className="goal-bar small" aria-hidden="true">
                  <span className="goal-bar-done" style={{ width: `${goalBar(goal).done * 100}%` }} />
                </span>
              )}
              <span className="muted">
                {goal.actual === null
                  ? 'not started'
                  : goal.metric === 'WON_VALUE'
                    ? formatMoney(goal.actual, currency)
                    : goal.actual}
              </span>
            </li>
          ))}
        </ul>
      )}
      {impact.health.length > 0 && (
        <ul className="pipeline-warnings" data-testid="impact-health">
          {impact.health.map((flag) => (
            <li key={flag.kind} className={flag.kind === 'QUIET' || flag.kind === 'BEHIND_PLAN' ? 'is-dust' : ''}>
              {flag.sentence}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Flow({
  title,
  flow,
  currency,
  testId,
}: {
  title: string;
  flow: FlowView;
  currency: string | null;
  testId: string;
}) {
  return (
    <div className="impact-flow" data-testid={testId}>
      <h4>{title}</h4>
      <dl>
        <dt>Referrals</dt>
        <dd data-testid={`${testId}-referrals`}>{flow.referrals}</dd>
        <dt>Won · lost · open</dt>
        <dd>
          {flow.won} · {flow.lost} · {flow.open}
        </dd>
        <dt>Win rate</dt>
        <dd>{formatPercent(flow.winRate)}</dd>
        <dt>Won value</dt>
        <dd>{formatMoney(flow.wonValue, currency)}</dd>
        <dt>Median days to close</dt>
        <dd>{flow.medianDaysToClose ?? '—'}</dd>
      </dl>
    </div>
  );
}

function EntryForm({
  focal,
  partner,
  focalName,
  partnerName,
  run,
}: {
  focal: string;
  partner: string;
  focalName: string;
  partnerName: string;
  run(action: () => Promise<void>): Promise<boolean>;
}) {
  const [direction, setDirection] = useState<ReferralDirection>('FROM_PARTNER');
  const [account, setAccount] = useState('');
  const [value, setValue] = useState('');
  const [currency, setCurrency] = useState('');
  const [referredOn, setReferredOn] = useState(todayIso());
  const [outcome, setOutcome] = useState<LedgerOutcome>('OPEN');
  return (
    <form
      className="ledger-form"
      data-testid="ledger-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run(() =>
          recordEntry({
            focal,
            partner,
            direction,
            kind: 'DEAL',
            account: account.trim() || null,
            value: value === '' ? null : Number(value),
            currency: currency.trim() || null,
            referredOn,
            outcome,
          }),
        ).then((done) => {
          if (done) {
            setAccount('');
            setValue('');
          }
        });
      }}
    >
      <select
        value={direction}
        onChange={(event) => setDirection(event.target.value as ReferralDirection)}
        aria-label="Who brought whom"
        data-testid="ledger-direction"
      >
        <option value="FROM_PARTNER">
          {partnerName} → {focalName}
        </option>
        <option value="TO_PARTNER">
          {focalName} → {partnerName}
        </option>
      </select>
      <input
        type="text"
        value={account}
        onChange={(event) => setAccount(event.target.value)}
        placeholder="Account"
        aria-label="Account"
        data-testid="ledger-account"
      />
      <input
        type="number"
        min={0}
        step="any"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        placeholder="Value"
        aria-label="Value"
        data-testid="ledger-value"
      />
      <input
        type="text"
        value={currency}
        onChange={(event) => setCurrency(event.target.value)}
        placeholder="EUR"
        aria-label="Currency"
        maxLength={3}
        className="currency-input"
      />
      <input
        type="date"
        value={referredOn}
        max={todayIso()}
        onChange={(event) => setReferredOn(event.target.value)}
        aria-label="Referred on"
      />
      <select
        value={outcome}
        onChange={(event) => setOutcome(event.target.value as LedgerOutcome)}
        aria-label="Outcome"
        data-testid="ledger-outcome"
      >
        <option value="OPEN">Open</option>
        <option value="WON">Won</option>
        <option value="LOST">Lost</option>
      </select>
      <button type="submit" className="primary" data-testid="ledger-record">
        Record referral
      </button>
    </form>
  );
}
