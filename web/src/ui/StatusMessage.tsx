import type { ReactNode } from 'react';
import type { ApiError } from '../client/graphql-client.ts';

interface Props {
  kind: 'loading' | 'empty' | 'error';
  title: string;
  children?: ReactNode;
  /** Fills the parent and centres the message (default); false for inline use in a panel. */
  block?: boolean;
}

/** The one way the explorer says "loading", "nothing here" or "this failed". */
export function StatusMessage({ kind, title, children, block = true }: Props) {
  return (
    <div
      className={`status status-${kind}${block ? ' status-block' : ''}`}
      role={kind === 'error' ? 'alert' : 'status'}
      aria-live="polite"
      data-testid={`status-${kind}`}
    >
      {kind === 'loading' && <span className="spinner" aria-hidden="true" />}
      <div>
        <p className="status-title">{title}</p>
        {children && <div className="status-detail">{children}</div>}
      </div>
    </div>
  );
}

/** An API failure in words: the server's message and, when it gave one, its code. */
export function ApiErrorMessage({ error, what, block }: { error: ApiError; what: string; block?: boolean }) {
  return (
    <StatusMessage kind="error" title={`Could not load ${what}`} block={block}>
      {error.message}
      {error.code && error.code !== 'GRAPHQL_ERROR' && <code className="error-code">{error.code}</code>}
    </StatusMessage>
  );
}
