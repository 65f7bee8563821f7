/** One side's goals: each in numbers with its time frame and its progress from the ledger, and a form to add one. */
import { useState } from 'react';
import type * as Op from '../client/generated/operations.ts';
import { formatDate } from '../format/numbers.ts';
import type { GoalMetric, PlanGoalView, PlanSide } from './pipeline-types.ts';
import { formatMoney, goalBar, goalWords } from './pipeline-words.ts';

interface Props {
  side: PlanSide;
  title: string;
  goals: readonly PlanGoalView[];
  /** Every goal of the plan (both sides): the API takes the list whole. */
  allGoals: readonly PlanGoalView[];
  onSave(goals: Op.PlanGoalInput[]): void;
}

const METRICS: { metric: GoalMetric; label: string }[] = [
  { metric: 'REFERRALS', label: 'Referrals received' },
  { metric: 'WON_DEALS', label: 'Referred deals won' },
  { metric: 'WON_VALUE', label: 'Value of deals won' },
  { metric: 'OTHER', label: 'Other (described)' },
];

/** The share of the target due by the checkpoint, as the goal counts: a whole number of referrals rounded up, money rounded. */
function dueWords(goal: PlanGoalView): string {
  const due = goal.expectedAtCheckpoint ?? 0;
  return goal.metric === 'WON_VALUE' ? formatMoney(due, null) : due.toFixed(1).replace(/\.0$/, '');
}

const asInput = (goal: PlanGoalView): Op.PlanGoalInput => ({
  id: goal.id,
  side: goal.side,
  metric: goal.metric,
  target: goal.target,
  months: goal.months,
  description: goal.description,
});

export function GoalList({ side, title, goals, allGoals, onSave }: Props) {
  const mine = goals.filter((goal) => goal.side === side);
  const [metric, setMetric] = useState<GoalMetric>('REFERRALS');
  const [target, setTarget] = useState('');
  const [months, setMonths] = useState('6');
  const [description, setDescription] = useState('');
  return (
    <div className="goal-side" data-testid={`goals-${side}`}>
      <h4>{title}</h4>
      {mine.length === 0 && <p className="muted">No goal in numbers yet.</p>}
      <ul className="goal-list">
        {mine.map((goal) => {
          const bar = goalBar(goal);
          const actual =
            goal.actual === null
              ? null
              : goal.metric === 'WON_VALUE'
                ? formatMoney(goal.actual, null)
                : String(goal.actual);
          return (
            <li key={goal.id} className={goal.behind ? 'is-behind' : ''} data-testid="goal">
              <div className="goal-line">
                <span>{goalWords(goal)}</span>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onSave(allGoals.filter((other) => other.id !== goal.id).map(asInput))}
                  aria-label={`Remove ${goalWords(goal)}`}
                >
                  Remove
                </button>
              </div>
              {goal.metric !== 'OTHER' && (
                <>
                  <div className="goal-bar" aria-hidden="true">
                    <span className="goal-bar-done" style={{ width: `${bar.done * 100}%` }} />
                    {bar.due !== null && (
                      <span
                        className="goal-bar-due"
                        style={{ left: `${bar.due * 100}%` }}
                        title="Due by the checkpoint"
                      />
                    )}
                  </div>
                  <span className="muted goal-figures">
                    {actual === null ? 'Counts from the start of the plan (at signing)' : `${actual} so far`}
                    {goal.expectedAtCheckpoint !== null && actual !== null
                      ? ` · ${dueWords(goal)} due by the checkpoint`
                      : ''}
                    {goal.endsOn ? ` · until ${formatDate(goal.endsOn)}` : ''}
                    {goal.behind ? ' · behind at the checkpoint' : ''}
                  </span>
                </>
              )}
            </li>
          );
        })}
      </ul>
      <form
        className="goal-form"
        onSubmit={(event) => {
          event.preventDefault();
          onSave([
            ...allGoals.map(asInput),
            { side, metric, target: Number(target), months: Number(months), description: description.trim() || null },
          ]);
          setTarget('');
          setDescription('');
        }}
      >
        <select
          value={metric}
          onChange={(event) => setMetric(event.target.value as GoalMetric)}
          aria-label="What"
          data-testid={`goal-metric-${side}`}
        >
          {METRICS.map((option) => (
            <option key={option.metric} value={option.metric}>
              {option.label}
            </option>
          ))}
        </select>
        <input
          type="number"
          min={1}
          step="any"
          value={target}
          onChange={(event) => setTarget(event.target.value)}
          placeholder="Target"
          aria-label="Target"
          required
          data-testid={`goal-target-${side}`}
        />
        <label className="inline-field">
          in
          <input
            type="number"
            min={1}
            max={60}
            value={months}
            onChange={(event) => setMonths(event.target.value)}
            aria-label="Months"
            required
            data-testid={`goal-months-${side}`}
          />
          months
        </label>
        {metric === 'OTHER' && (
          <input
            type="text"
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            placeholder="What"
            required
            aria-label="Description"
          />
        )}
        <button type="submit" data-testid={`goal-add-${side}`}>
          Add goal
        </button>
      </form>
    </div>
  );
}
