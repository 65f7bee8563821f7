import { useEffect, useState } from 'react';
import { graphqlRequest, isSchemaMismatch } from '../api/graphql-client.ts';
import { ECOSYSTEM_SUMMARY, ECOSYSTEM_SUMMARY_WITHOUT_NAME } from '../api/queries.ts';
import type { EcosystemSummary } from '../api/types.ts';
import { formatCount } from '../format/numbers.ts';

type Loaded = { summary: EcosystemSummary } | { error: string } | null;

/** Which ecosystem is loaded: its name when the server knows it, and its size. */
export function EcosystemBadge() {
  const [loaded, setLoaded] = useState<Loaded>(null);

  useEffect(() => {
    let live = true;
    loadSummary().then(
      (summary) => live && setLoaded({ summary }),
      (error: unknown) => live && setLoaded({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);

  if (loaded === null) return <span className="ecosystem-badge muted">Loading ecosystem…</span>;
  if ('error' in loaded) {
    return (
      <span className="ecosystem-badge error" title={loaded.error}>
        Ecosystem unavailable
      </span>
    );
  }
  const { summary } = loaded;
  return (
    <span
      className="ecosystem-badge"
      data-testid="ecosystem-badge"
      title={`${formatCount(summary.accounts)} accounts · ${formatCount(summary.partnerships)} partnerships`}
    >
      <strong>{summary.name || 'Ecosystem'}</strong>
      <span className="muted">
        {formatCount(summary.companies)} companies · {formatCount(summary.customers)} customers
      </span>
    </span>
  );
}

async function loadSummary(): Promise<EcosystemSummary> {
  try {
    return (await graphqlRequest<{ ecosystemSummary: EcosystemSummary }>(ECOSYSTEM_SUMMARY)).ecosystemSummary;
  } catch (error) {
    // A server whose summary has no `name` yet still has the counts.
    if (!isSchemaMismatch(error)) throw error;
    return (await graphqlRequest<{ ecosystemSummary: EcosystemSummary }>(ECOSYSTEM_SUMMARY_WITHOUT_NAME))
      .ecosystemSummary;
  }
}
