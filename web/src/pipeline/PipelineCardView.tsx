/** One item on the pipeline board: who, what next and by when, whether it gathers dust, how far its plan is. */
import { formatDate } from '../format/numbers.ts';
import type { PipelineCard } from './pipeline-types.ts';
import { nameOf } from './pipeline-words.ts';

interface Props {
  card: PipelineCard;
  showFocal: boolean;
  onOpen(): void;
}

export function PipelineCardView({ card, showFocal, onOpen }: Props) {
  const dusty = card.dust.length > 0;
  // The card shows a late next step in red already.
  const warnings = card.warnings.filter((warning) => !warning.startsWith('The next step was due'));
  return (
    <button
      type="button"
      className={`pipeline-card${dusty ? ' is-dusty' : ''}${card.inGraph ? '' : ' is-gone'}`}
      onClick={onOpen}
      data-testid="pipeline-card"
      data-item-id={card.id}
      data-candidate-id={card.candidateId}
      data-stage={card.stage}
      data-dusty={dusty || undefined}
    >
      <span className="pipeline-card-name">{nameOf(card)}</span>
      {showFocal && <span className="pipeline-card-focal muted">for {card.focal?.name ?? card.focalId}</span>}
      {dusty && (
        <span className="dust-badge" title={card.dust.map((flag) => flag.sentence).join('\n')} data-testid="dust-badge">
          {card.dust.some((flag) => flag.reason === 'BEHIND_PLAN') ? 'Behind plan' : `Quiet ${card.dust[0]!.days} days`}
        </span>
      )}
      {card.stage === 'SIGNED' && card.partnership ? (
        <span className="pipeline-card-line">
          {card.partnership.type?.name ?? 'Partnership'} · {card.partnership.status.toLowerCase()}
          {card.partnership.since ? ` since ${formatDate(card.partnership.since)}` : ''}
        </span>
      ) : (
        card.nextStep && (
          <span className="pipeline-card-line">
            Next: {card.nextStep}
            {card.nextStepDue && (
              <span className={card.nextStepOverdue ? 'overdue' : 'muted'}>
                {' '}
                · {card.nextStepOverdue ? 'was due' : 'due'} {formatDate(card.nextStepDue)}
              </span>
            )}
          </span>
        )
      )}
      <span className="pipeline-card-meta muted">
        {card.owner ?? 'No owner'} · last activity {formatDate(card.lastActivityOn)}
      </span>
      {card.plan && (
        <span className="pipeline-card-plan">
          <span className={`chip effort-${card.plan.type?.effort ?? 'LOW'}`}>
            {card.plan.type?.name ?? 'Plan, no type'}
          </span>
          {card.plan.checklistNeeded > 0 && (
            <span className="muted">
              checklist {card.plan.checklistDone}/{card.plan.checklistNeeded}
            </span>
          )}
        </span>
      )}
      {warnings.length > 0 && (
        <span className="pipeline-card-warning" title={warnings.join('\n')}>
          {warnings[0]}
          {warnings.length > 1 ? ` (+${warnings.length - 1})` : ''}
        </span>
      )}
    </button>
  );
}
