import { useEffect, useState } from 'react';
import { graphqlRequest } from '../client/graphql-client.ts';
import { ECOSYSTEM_SUMMARY } from '../client/market-queries.ts';
import type { EcosystemSummary, ImportStatus } from '../client/types.ts';
import { formatCount } from '../format/numbers.ts';

type Loaded = { summary: EcosystemSummary } | { error: string } | null;

/** While an import runs or waits to be cleaned up, the badge asks again this often, to show when it is done. */
const IMPORT_POLL_MS = 10_000;

/** Which ecosystem is loaded: its name when the server knows it, its size, and any import in progress or interrupted. */
export function EcosystemBadge() {
  const [loaded, setLoaded] = useState<Loaded>(null);
  const [polls, setPolls] = useState(0);

  useEffect(() => {
    let live = true;
    loadSummary().then(
      (summary) => live && setLoaded({ summary }),
      (error: unknown) => live && setLoaded({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [polls]);

  const importing = loaded !== null && 'summary' in loaded && Boolean(loaded.summary.import);
  useEffect(() => {
    if (!importing) return;
    const timer = setTimeout(() => setPolls((count) => count + 1), IMPORT_POLL_MS);
    return () => clearTimeout(timer);
  }, [importing, polls]);

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
      {summary.import && <ImportNotice status={summary.import} />}
    </span>
  );
}

/** One line on the import holding the database: what it means for the figures on screen. */
function ImportNotice({ status }: { status: ImportStatus }) {
  const what = `${status.replace ? 'Replacing the data with' : 'Importing'} “${status.dataset ?? 'a folder'}”`;
  const text =
    status.state === 'INTERRUPTED'
      ? `An import of “${status.dataset ?? 'a folder'}” was interrupted. ${
          status.phase === 'STAGING'
            ? 'The data shown is the data before it.'
            : 'It is finished when the import runs again or the server restarts.'
        }`
      : status.phase === 'STAGING'
        ? `${what}${status.file ? ` (${status.file}, ${formatCount(status.rows ?? 0)} rows)` : ''}: the data shown stays until it is complete.`
        : status.phase === 'APPLYING'
          ? `${what}: figures are changing as it is applied.`
          : `${what}: done, tidying up.`;
  return (
    <span
      className={`import-notice ${status.state === 'INTERRUPTED' ? 'error' : ''}`.trim()}
      role="status"
      data-testid="import-notice"
    >
      {text}
    </span>
  );
}

async function loadSummary(): Promise<EcosystemSummary> {
  return (await graphqlRequest(ECOSYSTEM_SUMMARY, {})).ecosystemSummary;
}
