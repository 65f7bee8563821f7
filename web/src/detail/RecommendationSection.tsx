import type { CompanySummary, PartnerFitDetail } from '../client/types.ts';
import { EFFORT_LABEL, POWER_LABEL } from '../format/labels.ts';
import { formatCount } from '../format/numbers.ts';

/** Which partnership type fits and what it will take, or why none does. */
export function RecommendationSection({ fit }: { fit: PartnerFitDetail }) {
  const type = fit.recommendedType;
  return (
    <section className="detail-section" aria-labelledby="recommendation-title" data-testid="recommendation">
      <h3 id="recommendation-title">Recommended partnership</h3>
      {type ? (
        <>
          <p className="recommendation-type">
            <strong>{type.name}</strong>
            <span className={`chip effort-${type.effort}`}>{EFFORT_LABEL[type.effort]}</span>
          </p>
          <p>{fit.recommendation}</p>
          {type.description && <p className="muted">{type.description}</p>}
          <p className="subheading">Go-to-market checklist ({type.gtmChecklist.length})</p>
          {type.gtmChecklist.length ? (
            <ul className="checklist">
              {type.gtmChecklist.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">No go-to-market work beyond the agreement itself.</p>
          )}
        </>
      ) : (
        <>
          <p className="recommendation-none">No partnership type recommended</p>
          <p>{fit.recommendation}</p>
        </>
      )}
    </section>
  );
}

/** Big fish / small fish: who sets the terms, and how to run it. */
export function PowerSection({ fit, focal }: { fit: PartnerFitDetail; focal: CompanySummary }) {
  return (
    <section className="detail-section" aria-labelledby="power-title">
      <h3 id="power-title">Power balance</h3>
      <p>
        <span className={`chip power-${fit.powerBalance}`}>{POWER_LABEL[fit.powerBalance]}</span>
      </p>
      <dl className="size-compare">
        <div>
          <dt>{focal.name}</dt>
          <dd>{size(focal)}</dd>
        </div>
        <div>
          <dt>{fit.candidate.name}</dt>
          <dd>{size(fit.candidate)}</dd>
        </div>
      </dl>
      <p>{fit.powerGuidance}</p>
    </section>
  );
}

function size(company: CompanySummary): string {
  const customers = `${formatCount(company.customerCount)} customers`;
  return company.employees === null
    ? `${customers} (employees unknown)`
    : `${formatCount(company.employees)} employees · ${customers}`;
}
