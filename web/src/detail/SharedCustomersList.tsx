import { useState } from 'react';
import { SHARED_CUSTOMERS } from './detail-queries.ts';
import { useApi } from '../hooks/use-api.ts';
import { formatCount } from '../format/numbers.ts';
import { ApiErrorMessage } from '../ui/StatusMessage.tsx';

const PAGE = 10;

/** The shared customers, the market's largest accounts first (as the API orders them), ten at a time. */
export function SharedCustomersList({
  focalId,
  candidateId,
  total,
}: {
  focalId: string;
  candidateId: string;
  total: number;
}) {
  const [offset, setOffset] = useState(0);
  const { data, error, loading } = useApi(
    SHARED_CUSTOMERS,
    { a: focalId, b: candidateId, first: PAGE, offset },
    { skip: total === 0 },
  );
  if (total === 0) return <p className="muted">No shared customers.</p>;
  const customers = data?.overlap?.sharedCustomers ?? [];
  const last = Math.min(offset + PAGE, total);

  return (
    <div className="shared-customers" data-testid="shared-customers">
      <div className="pager">
        <p className="subheading">
          Shared customers {formatCount(offset + 1)}–{formatCount(last)} of {formatCount(total)}
        </p>
        <div className="pager-buttons">
          <button
            type="button"
            onClick={() => setOffset(Math.max(0, offset - PAGE))}
            disabled={offset === 0 || loading}
            aria-label="Previous customers"
          >
            ‹ Prev
          </button>
          <button
            type="button"
            onClick={() => setOffset(offset + PAGE)}
            disabled={last >= total || loading}
            aria-label="Next customers"
          >
            Next ›
          </button>
        </div>
      </div>
      {error && <ApiErrorMessage error={error} what="the shared customers" block={false} />}
      <ul className="customer-list" aria-busy={loading}>
        {customers.map((customer) => (
          <li key={customer.id}>
            <span>{customer.name}</span>
            <span className="muted">{[customer.industry, customer.region].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
