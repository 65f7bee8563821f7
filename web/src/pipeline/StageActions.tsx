/**
 * Moving an item: forward one stage, park or decline it, reopen it, and
 * sign it, which writes the partnership into the graph.
 */
import { useState } from 'react';
import { formatDate } from '../format/numbers.ts';
import type { CatalogueType, PipelineItemDetail, PipelineStage } from './pipeline-types.ts';
import { BOARD_STAGES, nextStage, STAGE_NAMES, todayIso } from './pipeline-words.ts';
import { moveItem } from './use-pipeline.ts';

interface Props {
  item: Pick<PipelineItemDetail, 'id' | 'stage' | 'partnership'>;
  planTypeId: string | null;
  types: readonly CatalogueType[];
  run(action: () => Promise<void>): Promise<boolean>;
}

export function StageActions({ item, planTypeId, types, run }: Props) {
  const [note, setNote] = useState('');
  const [signing, setSigning] = useState(false);
  const [type, setType] = useState(planTypeId ?? '');
  const [status, setStatus] = useState<'ACTIVE' | 'PROPOSED'>('ACTIVE');
  const [since, setSince] = useState(todayIso());
  const [reopenTo, setReopenTo] = useState<PipelineStage>('CONTACTED');
  const [writing, setWriting] = useState(false);

  if (item.stage === 'SIGNED') {
    return (
      <p className="pipeline-signed" data-testid="pipeline-signed">
        Signed: {item.partnership?.type?.name ?? 'a partnership'}, {item.partnership?.status.toLowerCase()}
        {item.partnership?.since ? ` since ${formatDate(item.partnership.since)}` : ''}. The partnership is in the
        graph; its ledger shows what each side brings.
      </p>
    );
  }
  const move = (stage: PipelineStage) =>
    run(() => moveItem(item.id, stage, note.trim() || null)).then((done) => done && setNote(''));
  const next = nextStage(item.stage);
  const resting = !BOARD_STAGES.includes(item.stage);

  return (
    <div className="stage-actions">
      <input
        type="text"
        className="grow"
        value={note}
        onChange={(event) => setNote(event.target.value)}
        placeholder="Why (optional): recorded with the move"
        aria-label="Why"
        data-testid="move-note"
      />
      {resting ? (
        <>
          <select
            value={reopenTo}
            onChange={(event) => setReopenTo(event.target.value as PipelineStage)}
            aria-label="Reopen at"
          >
            {BOARD_STAGES.filter((stage) => stage !== 'SIGNED').map((stage) => (
              <option key={stage} value={stage}>
                {STAGE_NAMES[stage]}
              </option>
            ))}
          </select>
          <button type="button" className="primary" onClick={() => void move(reopenTo)}>
            Reopen
          </button>
        </>
      ) : next === 'SIGNED' ? (
        <button
          type="button"
          className="primary"
          onClick={() => setSigning(true)}
          data-testid="move-next"
          disabled={signing}
        >
          Sign…
        </button>
      ) : (
        next && (
          <button type="button" className="primary" onClick={() => void move(next)} data-testid="move-next">
            Move to {STAGE_NAMES[next].toLowerCase()}
          </button>
        )
      )}
      {!resting && item.stage !== 'PLAN_AGREED' && (
        <button type="button" onClick={() => setSigning(true)} disabled={signing}>
          Sign now…
        </button>
      )}
      {!resting && (
        <>
          <button type="button" onClick={() => void move('PARKED')}>
            Park
          </button>
          <button type="button" onClick={() => void move('DECLINED')}>
            Decline
          </button>
        </>
      )}
      {signing && (
        <form
          className="signing-form"
          data-testid="signing-form"
          onSubmit={(event) => {
            event.preventDefault();
            setWriting(true);
            void run(() =>
              moveItem(item.id, 'SIGNED', note.trim() || null, { type: type || null, status, since }),
            ).then((done) => {
              setWriting(false);
              if (done) setSigning(false);
            });
          }}
        >
          <p className="muted">
            Signing writes the partnership into the graph, as every write does: the ranking, the record of changes and
            the webhook see it.
          </p>
          <label className="toolbar-field">
            Type
            <select value={type} onChange={(event) => setType(event.target.value)} data-testid="signing-type" required>
              <option value="">Choose a type</option>
              {types.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </select>
          </label>
          <label className="toolbar-field">
            Status
            <select
              value={status}
              onChange={(event) => setStatus(event.target.value as 'ACTIVE' | 'PROPOSED')}
              data-testid="signing-status"
            >
              <option value="ACTIVE">Active</option>
              <option value="PROPOSED">Proposed (signed, not yet live)</option>
            </select>
          </label>
          <label className="toolbar-field">
            Since
            <input
              type="date"
              value={since}
              onChange={(event) => setSince(event.target.value)}
              data-testid="signing-since"
            />
          </label>
          <button type="submit" className="primary" data-testid="signing-submit" disabled={writing}>
            {writing ? 'Signing…' : 'Sign the partnership'}
          </button>
          {writing && (
            <span className="muted">Writing it into the graph and recalibrating the ranking: a few seconds.</span>
          )}
          <button type="button" onClick={() => setSigning(false)}>
            Cancel
          </button>
        </form>
      )}
    </div>
  );
}
