/**
 * "Since your last visit": what imports changed for the focal company since
 * this browser last opened it (`changes(focal, since)`), each change in the
 * API's sentence. A first visit shows the latest import's changes, or says
 * there were none; a later visit with nothing new shows nothing. Opening the
 * company counts as the visit; the notice can be dismissed. While the what-if
 * tray is open the notice folds to its title (a click unfolds it): at 1280×800
 * its four sentences left Microsoft's tray only its tabs, and no list.
 */
import { useEffect, useState } from 'react';
import { CHANGES } from './changes-queries.ts';
import type { CompanySummary } from '../client/types.ts';
import { formatDate, formatDateTime, pluralise } from '../format/numbers.ts';
import { useApi } from '../hooks/use-api.ts';
import { readLastVisit, rememberVisit } from './last-visit.ts';
import { CloseButton } from '../ui/CloseButton.tsx';

/** The notice lists this many at first; the rest behind "Show all". */
const FIRST_SHOWN = 4;
/** How many changes to ask for: a long absence after a market-wide import is summarised, not paged. */
const CHANGES_ASKED = 100;

export function SinceLastVisit({ focal, folded = false }: { focal: CompanySummary; folded?: boolean }) {
  // Read once, before this visit is remembered: the notice is about the time before it.
  const [since] = useState(() => readLastVisit(focal.id));
  const [dismissed, setDismissed] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const [unfolded, setUnfolded] = useState(false);
  useEffect(() => rememberVisit(focal.id, new Date().toISOString()), [focal.id]);
  const { data, error } = useApi(CHANGES, {
    focal: focal.id,
    first: CHANGES_ASKED,
    ...(since ? { since } : {}),
  });

  // A first visit is about the latest import alone: the answer holds every import's, newest first.
  const changes = since
    ? data?.changes
    : data?.changes.filter((change) => change.importId === data.changes[0]?.importId);
  // Quiet while loading and when it fails: the notice is a courtesy, not the page's subject.
  if (dismissed || error || !changes) return null;
  if (changes.length === 0 && since) return null;

  const listed = !folded || unfolded;
  const shown = !listed ? [] : showAll ? changes : changes.slice(0, FIRST_SHOWN);
  const title = since
    ? `Since your last visit (${formatDateTime(since)}): ${pluralise(changes.length, 'change')} for ${focal.name}`
    : changes.length > 0
      ? `What the latest import (${formatDate(changes[0]!.importedAt)}) changed for ${focal.name}`
      : `The latest import changed nothing for ${focal.name}`;
  return (
    <aside className="since-last-visit" aria-label="Since your last visit" data-testid="since-last-visit">
      <div className="since-header">
        <p className="since-title" data-testid="since-title">
          {title}
          {!listed && changes.length > 0 && (
            <>
              {' · '}
              <button
                type="button"
                className="link-button"
                data-testid="since-unfold"
                onClick={() => setUnfolded(true)}
              >
                Show
              </button>
            </>
          )}
        </p>
        <CloseButton label="Dismiss" testId="since-dismiss" onClick={() => setDismissed(true)} />
      </div>
      {shown.length > 0 && (
        <ul className="since-changes" data-testid="since-changes">
          {shown.map((change, index) => (
            <li key={`${change.importId}:${index}`} data-kind={change.kind}>
              {change.sentence}
            </li>
          ))}
        </ul>
      )}
      {listed && changes.length > shown.length && (
        <button type="button" className="link-button" onClick={() => setShowAll(true)}>
          Show all {changes.length}
        </button>
      )}
    </aside>
  );
}
