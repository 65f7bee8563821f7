import type { CompanySummary, OverlapDetail } from '../client/types.ts';
import { heatmapRows } from './stage-heatmap.ts';
import { STAGE_LABEL } from '../format/labels.ts';
import { formatCount, formatPercent } from '../format/numbers.ts';
import { SharedCustomersList } from './SharedCustomersList.tsx';

interface Props {
  overlap: OverlapDetail;
  focal: CompanySummary;
  candidate: CompanySummary;
}

/** Where the conversation starts: the customers both serve, and the account mapping by stage. */
export function OverlapSection({ overlap, focal, candidate }: Props) {
  const rows = heatmapRows(overlap.matrix);
  return (
    <section className="detail-section" aria-labelledby="overlap-title">
      <h3 id="overlap-title">Customer overlap</h3>
      <dl className="stat-grid">
        <div>
          <dt>Shared customers</dt>
          <dd data-testid="overlap-shared-count">{formatCount(overlap.sharedCount)}</dd>
        </div>
        <div>
          <dt title={`Shared customers as a share of ${focal.name}'s customers`}>Share of yours</dt>
          <dd>{formatPercent(overlap.shareOfA)}</dd>
        </div>
        <div>
          <dt title={`Shared customers as a share of ${candidate.name}'s customers`}>Share of theirs</dt>
          <dd>{formatPercent(overlap.shareOfB)}</dd>
        </div>
        <div>
          <dt title="Shared customers as a share of both bases together">Jaccard</dt>
          <dd>{formatPercent(overlap.jaccard)}</dd>
        </div>
      </dl>

      <p className="subheading">Account mapping (customers in both populations)</p>
      <table className="heatmap" data-testid="stage-heatmap">
        <thead>
          <tr>
            <th scope="col" className="heatmap-corner">
              <span>{focal.name} ↓</span>
              <span>{candidate.name} →</span>
            </th>
            {rows[0]?.map((cell) => (
              <th key={cell.stageB} scope="col">
                {STAGE_LABEL[cell.stageB]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row[0]?.stageA}>
              <th scope="row">{row[0] ? STAGE_LABEL[row[0].stageA] : ''}</th>
              {row.map((cell) => (
                <td
                  key={cell.stageB}
                  className={cell.intensity > 0.55 ? 'heat-strong' : undefined}
                  style={{ backgroundColor: heat(cell.intensity) }}
                  title={`${STAGE_LABEL[cell.stageA]} of ${focal.name} that are ${STAGE_LABEL[cell.stageB].toLowerCase()} of ${candidate.name}: ${cell.count}${cell.meaning ? `. ${cell.meaning}` : ''}`}
                  data-stage-a={cell.stageA}
                  data-stage-b={cell.stageB}
                >
                  {formatCount(cell.count)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted heatmap-note">
        Rows: stage at {focal.name}; columns: stage at {candidate.name}. Your prospects that are their customers are
        warm introductions; shared customers are integration opportunities.
      </p>
      <SharedCustomersList focalId={focal.id} candidateId={candidate.id} total={overlap.sharedCount} />
    </section>
  );
}

/** A single-hue blue ramp from near-white: readable in grey scale and for colour-blind eyes. */
function heat(intensity: number): string {
  if (intensity <= 0) return '#f7f9fc';
  const lightness = 94 - intensity * 58;
  return `hsl(207 70% ${lightness}%)`;
}
