import type { EdgeData, NodeData } from './ecosystem-elements.ts';
import { isCustomerNode } from './intro-path-overlay.ts';
import { GROUP_STEP } from './neighbour-groups.ts';
import type { HoverInfo } from './EcosystemMap.tsx';
import { RELATION_LABEL } from '../fit/relations.ts';
import { SEVERITY_LABEL } from '../format/labels.ts';
import { formatCount, formatScore, pluralise } from '../format/numbers.ts';

/** The numbers behind whatever the pointer is on. */
export function MapTooltip({ hover, focalName }: { hover: HoverInfo | null; focalName: string }) {
  if (!hover) return null;
  return (
    <div
      className={`map-tooltip${hover.above ? ' is-above' : ''}`}
      style={{ left: hover.x, top: hover.above ? hover.y - 8 : hover.y + 8 }}
      role="tooltip"
      data-testid="map-tooltip"
    >
      {hover.group === 'nodes' ? <NodeFacts hover={hover} focalName={focalName} /> : <EdgeFacts hover={hover} />}
    </div>
  );
}

function NodeFacts({ hover, focalName }: { hover: Extract<HoverInfo, { group: 'nodes' }>; focalName: string }) {
  const { data } = hover;
  if (data.kind === 'GROUP') return <GroupFacts data={data} />;
  if (data.kind === 'INTRO_PARTY') return <IntroPartyFacts data={data} />;
  const isFocal = data.relation === 'focal';
  return (
    <>
      <p className="tooltip-title">
        <span className={`swatch swatch-${data.relation}`} aria-hidden="true" />
        {data.label}
      </p>
      <p className="tooltip-subtitle">
        {RELATION_LABEL[data.relation]}
        {data.ruledOut && <strong className="tooltip-ruled-out"> · Ruled out</strong>}
      </p>
      <dl className="tooltip-facts">
        {!isFocal && (
          <>
            <dt>Fit score</dt>
            <dd>{formatScore(data.score)}</dd>
            <dt>Shared with {focalName}</dt>
            <dd>{pluralise(data.sharedCustomers, 'customer')}</dd>
          </>
        )}
        <dt>Customer base</dt>
        <dd>{formatCount(data.customers)}</dd>
        {!isFocal && (
          <>
            <dt>Worst conflict</dt>
            <dd>{data.conflictSeverity ? SEVERITY_LABEL[data.conflictSeverity] : 'None'}</dd>
          </>
        )}
      </dl>
      {!isFocal && <p className="tooltip-hint">Click for detail · double-click to make focal</p>}
    </>
  );
}

/** A company or customer drawn only because the highlighted introduction runs through it. */
function IntroPartyFacts({ data }: { data: NodeData }) {
  return (
    <>
      <p className="tooltip-title">{data.label}</p>
      <p className="tooltip-subtitle">
        {isCustomerNode(data.id) ? 'A customer' : 'A company'} on the highlighted introduction, not otherwise on the map
      </p>
    </>
  );
}

/** A group node: how many it stands for, and what a click does. */
function GroupFacts({ data }: { data: NodeData }) {
  const hidden = data.hidden ?? 0;
  const total = data.total ?? hidden;
  return (
    <>
      <p className="tooltip-title">
        <span className={`swatch swatch-${data.relation}`} aria-hidden="true" />
        {data.label}
      </p>
      <p className="tooltip-subtitle">
        {formatCount(total - hidden)} of {formatCount(total)} drawn, the best-scoring first
      </p>
      <p className="tooltip-hint">Click to show {formatCount(Math.min(GROUP_STEP, hidden))} more</p>
    </>
  );
}

function EdgeFacts({ hover }: { hover: Extract<HoverInfo, { group: 'edges' }> }) {
  const { data, sourceLabel, targetLabel } = hover;
  const what: Record<EdgeData['kind'], string> = {
    SHARED_CUSTOMERS: pluralise(data.weight, 'shared customer'),
    PARTNER: 'Active partnership',
    PROPOSED_PARTNER: 'Proposed partnership (in progress)',
    FORMER_PARTNER: 'Ended partnership',
    COMPETES: 'Declared competitors',
    CAPABILITY_COMPLEMENT: `Complementary capabilities (score ${formatScore(data.weight)})`,
    TETHER: '',
    INTRO: 'A step of the highlighted introduction',
  };
  return (
    <>
      <p className="tooltip-title">{what[data.kind]}</p>
      <p className="tooltip-subtitle">
        {sourceLabel} — {targetLabel}
      </p>
    </>
  );
}
