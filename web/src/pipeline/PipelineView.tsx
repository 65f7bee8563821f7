/**
 * The pipeline view: the focal company's candidates on their way to a
 * signed partnership, one column per stage, filtered by owner and by focal
 * company; its shortlists' pins not yet started; and, for the item opened,
 * its page (log, plan, ledger and impact).
 */
import { useState } from 'react';
import type { CompanySummary } from '../client/types.ts';
import { downloadWithKey } from '../client/download.ts';
import { ApiErrorMessage, StatusMessage } from '../ui/StatusMessage.tsx';
import { ItemPage } from './ItemPage.tsx';
import { PipelineCardView } from './PipelineCardView.tsx';
import {
  BOARD_STAGES,
  boardColumns,
  boardSummary,
  RESTING_STAGES,
  STAGE_HINTS,
  STAGE_NAMES,
  unstartedPins,
} from './pipeline-words.ts';
import type { PipelineCard } from './pipeline-types.ts';
import { startItem, usePipelineBoard } from './use-pipeline.ts';
import './pipeline.css';

interface Props {
  focal: CompanySummary;
  /** Opens a company's detail panel (its fit for the focal company). */
  onSelect(id: string): void;
}

export function PipelineView({ focal, onSelect }: Props) {
  const [allCompanies, setAllCompanies] = useState(false);
  const [owner, setOwner] = useState<string | null>(null);
  const [open, setOpen] = useState<Pick<PipelineCard, 'id' | 'focalId' | 'candidateId'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const board = usePipelineBoard(focal.id, allCompanies, owner);

  if (open) return <ItemPage key={open.id} item={open} onBack={() => setOpen(null)} onSelect={onSelect} />;
  if (board.error) return <ApiErrorMessage error={board.error} what="the pipeline" />;
  if (!board.data) return <StatusMessage kind="loading" title="Loading the pipeline…" />;

  const cards = board.data.pipeline;
  const columns = boardColumns(cards);
  const pins = allCompanies ? [] : unstartedPins(board.data.shortlists, cards);
  const start = async (candidateId: string, shortlistId: string) => {
    setError(null);
    try {
      const id = await startItem({ focal: focal.id, candidate: candidateId, shortlist: shortlistId, owner });
      setOpen({ id, focalId: focal.id, candidateId });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  const csvUrl = `/export/pipeline.csv?${new URLSearchParams({ ...(allCompanies ? {} : { focal: focal.id }), ...(owner ? { owner } : {}) }).toString()}`;
  const resting = RESTING_STAGES.flatMap((stage) => columns[stage]);

  return (
    <div className="pipeline-view" data-testid="pipeline-view" aria-busy={board.loading}>
      <div className="pipeline-toolbar">
        <div>
          <h2 className="pipeline-title">Partnership pipeline</h2>
          <p className="muted pipeline-summary" data-testid="pipeline-summary">
            {allCompanies ? 'Every focal company' : focal.name}: {boardSummary(cards)}
          </p>
        </div>
        <span className="toolbar-spacer" />
        <label className="toolbar-field">
          Focal company
          <select
            value={allCompanies ? 'all' : 'this'}
            onChange={(event) => setAllCompanies(event.target.value === 'all')}
            data-testid="pipeline-scope"
          >
            <option value="this">{focal.name}</option>
            <option value="all">All companies</option>
          </select>
        </label>
        <label className="toolbar-field">
          Owner
          <select
            value={owner ?? ''}
            onChange={(event) => setOwner(event.target.value || null)}
            data-testid="pipeline-owner"
          >
            <option value="">Everyone</option>
            {board.data.pipelineOwners.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <a className="button-link" href={csvUrl} onClick={downloadWithKey} download>
          Download CSV
        </a>
      </div>
      {error && (
        <p className="form-message error" role="alert">
          {error}
        </p>
      )}
      {pins.length > 0 && (
        <div className="pipeline-sources" data-testid="pipeline-sources">
          <span className="pipeline-sources-label">From your shortlists, not started yet:</span>
          {pins.map((pin) => (
            <button
              key={pin.candidateId}
              type="button"
              className="pin-start"
              title={`Pinned on “${pin.shortlistName}”: start researching it`}
              onClick={() => void start(pin.candidateId, pin.shortlistId)}
              data-testid="pipeline-start"
              data-candidate-id={pin.candidateId}
            >
              + {pin.name}
            </button>
          ))}
        </div>
      )}
      <div className="pipeline-board" data-testid="pipeline-board">
        {BOARD_STAGES.map((stage) => (
          <section key={stage} className="pipeline-column" data-stage={stage} aria-label={STAGE_NAMES[stage]}>
            <header className="pipeline-column-head">
              <span className="pipeline-column-name">{STAGE_NAMES[stage]}</span>
              <span className="count-badge">{columns[stage].length}</span>
              <span className="pipeline-column-hint">{STAGE_HINTS[stage]}</span>
            </header>
            <div className="pipeline-column-cards">
              {columns[stage].map((card) => (
                <PipelineCardView key={card.id} card={card} showFocal={allCompanies} onOpen={() => setOpen(card)} />
              ))}
              {columns[stage].length === 0 && <p className="pipeline-empty muted">None</p>}
            </div>
          </section>
        ))}
      </div>
      {resting.length > 0 && (
        <div className="pipeline-resting" data-testid="pipeline-resting">
          <span className="pipeline-sources-label">Parked and declined:</span>
          {resting.map((card) => (
            <button key={card.id} type="button" className="resting-chip" onClick={() => setOpen(card)}>
              {card.candidate?.name ?? card.candidateId}{' '}
              <span className="muted">· {STAGE_NAMES[card.stage].toLowerCase()}</span>
            </button>
          ))}
        </div>
      )}
      {cards.length === 0 && pins.length === 0 && (
        <StatusMessage kind="empty" title="Nothing in the pipeline yet" block={false}>
          Pin candidates on a shortlist (the Shortlist view), then start them here.
        </StatusMessage>
      )}
    </div>
  );
}
