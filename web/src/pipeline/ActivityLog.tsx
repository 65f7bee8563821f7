/** An item's dated log (meetings, calls, emails, notes), with a form to add to it, and its moves from stage to stage. */
import { useState } from 'react';
import { formatDate, formatDateTime } from '../format/numbers.ts';
import type { ActivityKind, PipelineItemDetail } from './pipeline-types.ts';
import { STAGE_NAMES, todayIso } from './pipeline-words.ts';
import { logActivity } from './use-pipeline.ts';

const KINDS: { kind: ActivityKind; label: string }[] = [
  { kind: 'MEETING', label: 'Meeting' },
  { kind: 'CALL', label: 'Call' },
  { kind: 'EMAIL', label: 'Email' },
  { kind: 'NOTE', label: 'Note' },
];

interface Props {
  item: Pick<PipelineItemDetail, 'id' | 'activities' | 'activityCount' | 'stageMoves'>;
  run(action: () => Promise<void>): Promise<boolean>;
}

export function ActivityLog({ item, run }: Props) {
  const [kind, setKind] = useState<ActivityKind>('CALL');
  const [on, setOn] = useState(todayIso());
  const [summary, setSummary] = useState('');
  return (
    <div className="pipeline-columns-2">
      <section>
        <form
          className="activity-form"
          onSubmit={(event) => {
            event.preventDefault();
            void run(() => logActivity(item.id, { kind, on, summary })).then((done) => done && setSummary(''));
          }}
        >
          <select
            value={kind}
            onChange={(event) => setKind(event.target.value as ActivityKind)}
            aria-label="Kind"
            data-testid="activity-kind"
          >
            {KINDS.map((option) => (
              <option key={option.kind} value={option.kind}>
                {option.label}
              </option>
            ))}
          </select>
          <input
            type="date"
            value={on}
            max={todayIso()}
            onChange={(event) => setOn(event.target.value)}
            aria-label="When"
            data-testid="activity-on"
          />
          <input
            type="text"
            className="grow"
            value={summary}
            onChange={(event) => setSummary(event.target.value)}
            placeholder="What happened"
            aria-label="What happened"
            data-testid="activity-summary"
          />
          <button type="submit" className="primary" disabled={summary.trim() === ''} data-testid="activity-log">
            Log
          </button>
        </form>
        <ol className="activity-list" data-testid="activity-list">
          {item.activities.map((activity) => (
            <li key={activity.id}>
              <span className={`activity-kind kind-${activity.kind}`}>
                {KINDS.find((k) => k.kind === activity.kind)?.label}
              </span>
              <span className="activity-date">{formatDate(activity.on)}</span>
              <span className="activity-summary">{activity.summary}</span>
              <span className="muted activity-by">{activity.by}</span>
            </li>
          ))}
          {item.activityCount === 0 && (
            <li className="muted">
              Nothing logged yet: log each meeting, call and email, so a quiet partnership shows.
            </li>
          )}
        </ol>
      </section>
      <section>
        <h3 className="pipeline-section-title">Stage history</h3>
        <ol className="move-list" data-testid="move-list">
          {item.stageMoves.map((move) => (
            <li key={`${move.at}-${move.to}`}>
              <strong>
                {move.from ? `${STAGE_NAMES[move.from]} → ${STAGE_NAMES[move.to]}` : `Started: ${STAGE_NAMES[move.to]}`}
              </strong>
              <span className="muted">
                {formatDateTime(move.at)} · {move.by}
              </span>
              {move.note && <span>{move.note}</span>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
