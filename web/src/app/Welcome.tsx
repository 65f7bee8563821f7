import { COMPANY_SEARCH } from '../client/market-queries.ts';
import { useApi } from '../hooks/use-api.ts';
import { pluralise } from '../format/numbers.ts';
import { CompanySearch } from './CompanySearch.tsx';
import { ApiErrorMessage } from '../ui/StatusMessage.tsx';

/** No focal company yet: say what the explorer does and offer a start. */
export function Welcome({ onPickCompany }: { onPickCompany(id: string): void }) {
  const { data, error } = useApi(COMPANY_SEARCH, { search: '', first: 100 });
  const largest = [...(data?.companies ?? [])].sort((a, b) => b.customerCount - a.customerCount).slice(0, 12);

  return (
    <main className="welcome">
      <h1>Whom to approach, for which partnership, and what could go wrong</h1>
      <p className="lead">
        Pick your company. PartnerGraph ranks every other company in the ecosystem by the evidence this market’s own
        partnerships follow, shows what the deal is worth <em>to both sides</em>, the customers you share, the
        capabilities each adds, and the conflicts that could kill the deal.
      </p>
      <div className="welcome-search">
        <CompanySearch onPick={onPickCompany} autoFocus shortcut={false} />
      </div>
      {error && <ApiErrorMessage error={error} what="the companies" block={false} />}
      {largest.length > 0 && (
        <section aria-labelledby="welcome-start">
          <h2 id="welcome-start">Or start with one of these</h2>
          <ul className="welcome-companies">
            {largest.map((company) => (
              <li key={company.id}>
                <button type="button" onClick={() => onPickCompany(company.id)}>
                  <strong>{company.name}</strong>
                  <span className="muted">{pluralise(company.customerCount, 'customer')}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
