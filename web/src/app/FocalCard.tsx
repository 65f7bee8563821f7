import type { CompanySummary } from '../client/types.ts';
import { formatCount } from '../format/numbers.ts';

/** Who "you" are in every number on the page. */
export function FocalCard({ company }: { company: CompanySummary }) {
  return (
    <section className="focal-card" aria-label="Focal company" data-testid="focal-card">
      <p className="eyebrow">Focal company</p>
      <h1 className="focal-name">{company.name}</h1>
      {company.domain && <p className="muted focal-domain">{company.domain}</p>}
      <dl className="focal-facts">
        <div>
          <dt>Customers</dt>
          <dd>{formatCount(company.customerCount)}</dd>
        </div>
        <div>
          <dt>Employees</dt>
          <dd>{company.employees === null ? 'unknown' : formatCount(company.employees)}</dd>
        </div>
      </dl>
      {company.description && <p className="focal-description">{company.description}</p>}
      <p className="focal-note muted">
        “You” on this page means {company.name}. Fit scores weigh the evidence this market’s partnerships follow.
      </p>
    </section>
  );
}
