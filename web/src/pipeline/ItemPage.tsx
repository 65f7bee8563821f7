/**
 * One pipeline item's page: where it stands and what comes next, its log,
 * its partnership plan, and once signed its ledger and impact.
 */
import { useState } from 'react';
import { downloadWithKey } from '../client/download.ts';
import { formatDate } from '../format/numbers.ts';
import { ApiErrorMessage, StatusMessage } from '../ui/StatusMessage.tsx';
import { ActivityLog } from './ActivityLog.tsx';
import { LedgerPanel } from './LedgerPanel.tsx';
import { PlanEditor } from './PlanEditor.tsx';
import { StageActions } from './StageActions.tsx';
import type { PipelineCard } from './pipeline-types.ts';
import { BOARD_STAGES, STAGE_NAMES } from './pipeline-words.ts';
import { deleteItem, updateItem, usePipelineItem } from './use-pipeline.ts';

type Tab = 'overview' | 'plan' | 'ledger';

interface Props {
  item: Pick<PipelineCard, 'id' | 'focalId' | 'candidateId'>;
  onBack(): void;
  onSelect(id: string): void;
}

export function ItemPage({ item: ref, onBack, onSelect }: Props) {
  const [tab, setTab] = useState<Tab>('overview');
  const [error, setError] = useState<string | null>(null);
  const detail = usePipelineItem(ref.id, ref.focalId, ref.candidateId);

  const run = async (action: () => Promise<void>): Promise<boolean> => {
    setError(null);
    try {
      await action();
      return true;
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      return false;
    }
  };

  const back = (
    <button type="button" className="link-button pipeline-back" onClick={onBack} data-testid="pipeline-back">
      ← Pipeline
    </button>
  );
  if (detail.error)
    return (
      <div className="pipeline-item-page">
        {back}
        <ApiErrorMessage error={detail.error} what="the pipeline item" />
      </div>
    );
  if (!detail.data?.pipelineItem) return <StatusMessage kind="loading" title="Loading the item…" />;
  const item = detail.data.pipelineItem;
  const candidateName = item.candidate?.name ?? item.candidateId;
  const focalName = item.focal?.name ?? item.focalId;
  const stageIndex = BOARD_STAGES.indexOf(item.stage);

  return (
    <div className="pipeline-item-page" data-testid="pipeline-item" data-stage={item.stage}>
      <div className="pipeline-item-head">
        {back}
        <div className="pipeline-item-title">
          <h2>
            {candidateName} <span className="muted">for {focalName}</span>
          </h2>
          <p className="muted">
            Started {formatDate(item.createdAt)} by {item.createdBy}
            {item.inGraph ? '' : ' · a re-import dropped one of the companies; its records are kept'}
          </p>
        </div>
        <span className="toolbar-spacer" />
        {item.inGraph && (
          <button type="button" className="link-button" onClick={() => onSelect(item.candidateId)}>
            Fit and evidence
          </button>
        )}
        <a className="button-link" href={item.csvUrl} onClick={downloadWithKey} download>
          Log as CSV
        </a>
        <button
          type="button"
          className="link-button danger-link"
          onClick={() => {
            if (window.confirm(`Delete ${candidateName} from the pipeline, with its log and plan? The ledger stays.`))
              void run(async () => deleteItem(item.id)).then((done) => done && onBack());
          }}
        >
          Delete
        </button>
      </div>
      <ol className="stage-stepper" aria-label="Stages">
        {BOARD_STAGES.map((stage, index) => (
          <li
            key={stage}
            className={stage === item.stage ? 'is-current' : stageIndex >= 0 && index < stageIndex ? 'is-done' : ''}
            aria-current={stage === item.stage ? 'step' : undefined}
          >
            {STAGE_NAMES[stage]}
          </li>
        ))}
        {stageIndex < 0 && <li className="is-current is-resting">{STAGE_NAMES[item.stage]}</li>}
      </ol>
      {error && (
        <p className="form-message error" role="alert" data-testid="pipeline-error">
          {error}
        </p>
      )}
      <StageActions
        key={item.plan?.type?.id ?? 'none'}
        item={item}
        planTypeId={item.plan?.type?.id ?? null}
        types={detail.data.partnershipTypes}
        run={run}
      />
      <NextStep key={`${item.owner}|${item.nextStep}|${item.nextStepDue}`} item={item} run={run} />
      {(item.warnings.length > 0 || item.dust.length > 0) && (
        <ul className="pipeline-warnings" data-testid="pipeline-warnings">
          {item.dust.map((flag) => (
            <li key={flag.reason} className="is-dust">
              {flag.sentence}
            </li>
          ))}
          {item.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <div className="segmented pipeline-tabs" role="tablist" aria-label="Item">
        {(
          [
            ['overview', `Log (${item.activityCount})`],
            ['plan', item.plan ? `Plan v${item.plan.version}` : 'Plan'],
            ['ledger', `Ledger & impact (${detail.data.ledger.length})`],
          ] as const
        ).map(([key, label]) => (
          <button
            key={key}
            type="button"
            role="tab"
            aria-selected={tab === key}
            onClick={() => setTab(key)}
            data-testid={`pipeline-tab-${key}`}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="pipeline-tab-body">
        {tab === 'overview' && <ActivityLog item={item} run={run} />}
        {tab === 'plan' && <PlanEditor item={item} types={detail.data.partnershipTypes} run={run} />}
        {tab === 'ledger' && <LedgerPanel item={item} ledger={detail.data.ledger} run={run} />}
      </div>
    </div>
  );
}

/** The owner, the next step and its date, edited in place. */
function NextStep({
  item,
  run,
}: {
  item: {
    id: string;
    owner: string | null;
    nextStep: string | null;
    nextStepDue: string | null;
    nextStepOverdue: boolean;
  };
  run(action: () => Promise<void>): Promise<boolean>;
}) {
  const [owner, setOwner] = useState(item.owner ?? '');
  const [nextStep, setNextStep] = useState(item.nextStep ?? '');
  const [due, setDue] = useState(item.nextStepDue ?? '');
  const changed =
    owner !== (item.owner ?? '') || nextStep !== (item.nextStep ?? '') || due !== (item.nextStepDue ?? '');
  return (
    <form
      className="pipeline-next"
      onSubmit={(event) => {
        event.preventDefault();
        void run(() =>
          updateItem(item.id, { owner: owner || null, nextStep: nextStep || null, nextStepDue: due || null }),
        );
      }}
    >
      <label className="toolbar-field">
        Owner
        <input
          type="text"
          value={owner}
          onChange={(event) => setOwner(event.target.value)}
          placeholder="Who owns it"
          data-testid="item-owner"
        />
      </label>
      <label className="toolbar-field grow">
        Next step
        <input
          type="text"
          value={nextStep}
          onChange={(event) => setNextStep(event.target.value)}
          placeholder="What happens next"
          data-testid="item-next-step"
        />
      </label>
      <label className={`toolbar-field${item.nextStepOverdue ? ' overdue' : ''}`}>
        Due
        <input type="date" value={due} onChange={(event) => setDue(event.target.value)} data-testid="item-next-due" />
      </label>
      <button type="submit" disabled={!changed}>
        Save
      </button>
    </form>
  );
}
