/**
 * The partnership plan: the type and what it costs, each side's goals in
 * numbers with a time frame and their progress, the alignment questions both
 * sides answer, the commercial terms, the go-to-market checklist with owners,
 * and who changed what, when. Each part saves on its own, so two people
 * editing different parts keep both their edits.
 */
import { useState } from 'react';
import { downloadWithKey } from '../client/download.ts';
import type * as Op from '../client/generated/operations.ts';
import { formatDate, formatDateTime } from '../format/numbers.ts';
import { GoalList } from './GoalList.tsx';
import type { CatalogueType, ChecklistState, PipelineItemDetail, PlanView } from './pipeline-types.ts';
import { CHECKLIST_STATE_NAMES } from './pipeline-words.ts';
import { updatePlan } from './use-pipeline.ts';

interface Props {
  item: Pick<PipelineItemDetail, 'id' | 'focal' | 'focalId' | 'candidate' | 'candidateId' | 'plan'>;
  types: readonly CatalogueType[];
  run(action: () => Promise<void>): Promise<boolean>;
}

const EFFORT_WORDS: Record<string, string> = {
  LOW: 'Low effort: a few boxes, tracking and a payout.',
  MEDIUM: 'Medium effort: an integration or a shared process to keep up.',
  HIGH: 'High effort: training, pipeline, billing, support and revenue recognition.',
};

export function PlanEditor({ item, types, run }: Props) {
  const plan = item.plan;
  const save = (patch: Op.PlanPatchInput, checkVersion = false) =>
    run(() => updatePlan(item.id, patch, checkVersion ? (plan?.version ?? 0) : null));
  const focalName = item.focal?.name ?? item.focalId;
  const partnerName = item.candidate?.name ?? item.candidateId;
  return (
    <div className="plan-editor" data-testid="plan-editor">
      <section className="plan-head">
        <label className="toolbar-field">
          Partnership type
          <select
            value={plan?.type?.id ?? ''}
            onChange={(event) => void save({ type: event.target.value || null })}
            data-testid="plan-type"
          >
            <option value="">Not chosen</option>
            {types.map((type) => (
              <option key={type.id} value={type.id}>
                {type.name}
              </option>
            ))}
          </select>
        </label>
        {plan?.type && (
          <p className="plan-type-words">
            <span className={`chip effort-${plan.type.effort}`}>{plan.type.effort.toLowerCase()} effort</span>{' '}
            {plan.type.description} <span className="muted">{EFFORT_WORDS[plan.type.effort]}</span>
          </p>
        )}
        <DateField
          label="Starts on"
          value={plan?.startsOn ?? null}
          onSave={(value) => save({ startsOn: value })}
          testId="plan-starts"
          hint="set at signing"
        />
        <DateField
          label="Checkpoint"
          value={plan?.checkpointOn ?? null}
          onSave={(value) => save({ checkpointOn: value })}
          testId="plan-checkpoint"
          hint="a quarter after the start"
        />
        {plan && (
          <span className="muted plan-version" data-testid="plan-version">
            Version {plan.version} · {plan.updatedBy}, {formatDateTime(plan.updatedAt)} ·{' '}
            <a href={plan.csvUrl} onClick={downloadWithKey} download>
              CSV
            </a>
          </span>
        )}
      </section>

      <section>
        <h3 className="pipeline-section-title">Goals in numbers, for each side</h3>
        <div className="plan-goal-sides">
          <GoalList
            side="FOCAL"
            title={`What ${focalName} gets`}
            goals={plan?.goals ?? []}
            onSave={(goals) => save({ goals }, true)}
            allGoals={plan?.goals ?? []}
          />
          <GoalList
            side="PARTNER"
            title={`What ${partnerName} gets`}
            goals={plan?.goals ?? []}
            onSave={(goals) => save({ goals }, true)}
            allGoals={plan?.goals ?? []}
          />
        </div>
      </section>

      <Alignment
        key={`a${plan?.version ?? 0}`}
        plan={plan}
        focalName={focalName}
        partnerName={partnerName}
        onSave={(alignment) => save({ alignment })}
      />
      <Terms key={`t${plan?.version ?? 0}`} plan={plan} onSave={(terms) => save({ terms })} />

      <section>
        <h3 className="pipeline-section-title">
          Go-to-market checklist{' '}
          {plan && plan.checklistNeeded > 0 && (
            <span className="muted" data-testid="checklist-progress">
              {plan.checklistDone} of {plan.checklistNeeded} done
            </span>
          )}
        </h3>
        {!plan?.type ? (
          <p className="muted">Choose the partnership type: its checklist follows.</p>
        ) : (
          <table className="plan-checklist" data-testid="plan-checklist">
            <tbody>
              {plan.checklist.map((box) => (
                <tr key={box.item} data-state={box.state}>
                  <td>
                    <label className="checkbox-line">
                      <input
                        type="checkbox"
                        checked={box.state === 'DONE'}
                        onChange={(event) =>
                          void save({ checklist: [{ item: box.item, state: event.target.checked ? 'DONE' : 'TODO' }] })
                        }
                        data-testid="checklist-box"
                        data-item={box.item}
                      />
                      {box.item}
                    </label>
                  </td>
                  <td>
                    <select
                      value={box.state}
                      onChange={(event) =>
                        void save({ checklist: [{ item: box.item, state: event.target.value as ChecklistState }] })
                      }
                      aria-label={`${box.item}: state`}
                    >
                      {(Object.keys(CHECKLIST_STATE_NAMES) as ChecklistState[]).map((state) => (
                        <option key={state} value={state}>
                          {CHECKLIST_STATE_NAMES[state]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      type="text"
                      defaultValue={box.owner ?? ''}
                      placeholder="Owner"
                      aria-label={`${box.item}: owner`}
                      data-testid="checklist-owner"
                      onBlur={(event) => {
                        if (event.target.value.trim() !== (box.owner ?? ''))
                          void save({ checklist: [{ item: box.item, owner: event.target.value.trim() || null }] });
                      }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {plan && (
        <section>
          <h3 className="pipeline-section-title">Who changed what, when</h3>
          <ol className="plan-versions" data-testid="plan-versions">
            {plan.versions.map((version) => (
              <li key={version.version}>
                <strong>v{version.version}</strong>{' '}
                <span className="muted">
                  {version.by}, {formatDateTime(version.at)}
                </span>
                <span>{version.changes.join('; ')}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}

function DateField({
  label,
  value,
  onSave,
  testId,
  hint,
}: {
  label: string;
  value: string | null;
  onSave(value: string | null): void;
  testId: string;
  hint: string;
}) {
  return (
    <label className="toolbar-field">
      {label}
      <input
        type="date"
        defaultValue={value ?? ''}
        key={value ?? ''}
        title={value ? formatDate(value) : `Not set: ${hint}`}
        onBlur={(event) => event.target.value !== (value ?? '') && onSave(event.target.value || null)}
        data-testid={testId}
      />
    </label>
  );
}

/** The four alignment questions, each answered by both sides. */
function Alignment({
  plan,
  focalName,
  partnerName,
  onSave,
}: {
  plan: PlanView | null;
  focalName: string;
  partnerName: string;
  onSave(answers: Op.AlignmentAnswerInput[]): void;
}) {
  const topics: PlanView['alignment'] = plan?.alignment ?? [
    {
      topic: 'BACKGROUND_CULTURE',
      label: 'Background and culture',
      question: 'Who are you, how do your teams work, and will ours work well together?',
      focalAnswer: null,
      partnerAnswer: null,
    },
    {
      topic: 'VISION_STRATEGY',
      label: 'Vision and strategy',
      question: 'Where is your company going in the next two years, and how does this partnership serve that?',
      focalAnswer: null,
      partnerAnswer: null,
    },
    {
      topic: 'SUCCESS_METRICS',
      label: 'Success metrics',
      question: 'What does success look like for you, in numbers, and by when?',
      focalAnswer: null,
      partnerAnswer: null,
    },
    {
      topic: 'URGENCY_READINESS',
      label: 'Urgency and readiness',
      question: 'Why now, and which people and budget are ready to commit?',
      focalAnswer: null,
      partnerAnswer: null,
    },
  ];
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const key = (topic: string, side: 'FOCAL' | 'PARTNER') => `${topic}|${side}`;
  const changed = Object.entries(drafts).filter(([draftKey, text]) => {
    const [topic, side] = draftKey.split('|');
    const was = topics.find((entry) => entry.topic === topic);
    return text.trim() !== ((side === 'FOCAL' ? was?.focalAnswer : was?.partnerAnswer) ?? '');
  });
  return (
    <section>
      <h3 className="pipeline-section-title">Alignment, before signing</h3>
      <table className="plan-alignment" data-testid="plan-alignment">
        <thead>
          <tr>
            <th>Question</th>
            <th>{focalName}</th>
            <th>{partnerName}</th>
          </tr>
        </thead>
        <tbody>
          {topics.map((entry) => (
            <tr key={entry.topic}>
              <th scope="row">
                {entry.label}
                <span className="muted">{entry.question}</span>
              </th>
              {(['FOCAL', 'PARTNER'] as const).map((side) => (
                <td key={side}>
                  <textarea
                    rows={2}
                    value={
                      drafts[key(entry.topic, side)] ??
                      (side === 'FOCAL' ? entry.focalAnswer : entry.partnerAnswer) ??
                      ''
                    }
                    onChange={(event) => setDrafts({ ...drafts, [key(entry.topic, side)]: event.target.value })}
                    aria-label={`${entry.label}: ${side === 'FOCAL' ? focalName : partnerName}`}
                    data-testid={`alignment-${entry.topic}-${side}`}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        disabled={changed.length === 0}
        data-testid="alignment-save"
        onClick={() =>
          onSave(
            changed.map(([draftKey, text]) => {
              const [topic, side] = draftKey.split('|') as [Op.AlignmentTopic, Op.PlanSide];
              return { topic, side, answer: text.trim() || null };
            }),
          )
        }
      >
        Save answers
      </button>
    </section>
  );
}

/** Referral fees, mark-ups and the rules of engagement. */
function Terms({ plan, onSave }: { plan: PlanView | null; onSave(terms: Op.CommercialTermsInput): void }) {
  const terms = plan?.terms;
  const [fee, setFee] = useState(terms?.referralFeePercent?.toString() ?? '');
  const [markup, setMarkup] = useState(terms?.markupPercent?.toString() ?? '');
  const [rules, setRules] = useState(terms?.rulesOfEngagement ?? '');
  const [other, setOther] = useState(terms?.otherTerms ?? '');
  const number = (text: string) => (text.trim() === '' ? null : Number(text));
  return (
    <section>
      <h3 className="pipeline-section-title">Commercial terms</h3>
      <form
        className="plan-terms"
        onSubmit={(event) => {
          event.preventDefault();
          onSave({
            referralFeePercent: number(fee),
            markupPercent: number(markup),
            rulesOfEngagement: rules.trim() || null,
            otherTerms: other.trim() || null,
          });
        }}
      >
        <label className="toolbar-field narrow">
          Referral fee, %
          <input
            type="number"
            min={0}
            max={100}
            step="any"
            value={fee}
            onChange={(event) => setFee(event.target.value)}
            data-testid="terms-fee"
          />
        </label>
        <label className="toolbar-field narrow">
          Mark-up, %
          <input
            type="number"
            min={0}
            max={1000}
            step="any"
            value={markup}
            onChange={(event) => setMarkup(event.target.value)}
            data-testid="terms-markup"
          />
        </label>
        <label className="toolbar-field grow">
          Rules of engagement
          <textarea
            rows={3}
            value={rules}
            onChange={(event) => setRules(event.target.value)}
            placeholder="Who owns an account both touch; how leads are registered and passed; how conflicts are settled"
            data-testid="terms-rules"
          />
        </label>
        <label className="toolbar-field grow">
          Other terms
          <textarea
            rows={3}
            value={other}
            onChange={(event) => setOther(event.target.value)}
            placeholder="Payment terms, exclusivity, how either side ends it"
          />
        </label>
        <button type="submit" data-testid="terms-save">
          Save terms
        </button>
      </form>
    </section>
  );
}
