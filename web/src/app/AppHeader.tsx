import { useState } from 'react';
import { AddDataButton } from '../adddata/AddDataButton.tsx';
import type { ViewName } from '../state/url-state.ts';
import { CompanySearch } from './CompanySearch.tsx';
import { EcosystemBadge } from './EcosystemBadge.tsx';

const VIEW_TABS: { view: ViewName; label: string; hint: string }[] = [
  { view: 'map', label: 'Ecosystem map', hint: 'The focal company and the companies around it' },
  { view: 'shortlist', label: 'Shortlist', hint: 'Candidates ranked by fit, with saved shortlists' },
  { view: 'matrix', label: '2×2 matrix', hint: 'Distribution against capability expansion' },
  {
    view: 'whitespace',
    label: 'White space',
    hint: 'Capabilities and segments no partner covers, and who would fill them',
  },
  {
    view: 'pipeline',
    label: 'Pipeline',
    hint: 'Pinned candidates on their way to a signed partnership: stages, plans, ledger',
  },
];

interface Props {
  view: ViewName;
  hasFocal: boolean;
  onView(view: ViewName): void;
  onPickCompany(id: string): void;
}

export function AppHeader({ view, hasFocal, onView, onPickCompany }: Props) {
  // An import started or ended from "Add data": the badge reads the market and its import status anew.
  const [imports, setImports] = useState(0);
  return (
    <header className="app-header">
      <div className="brand">
        <a className="brand-name" href="/" aria-label="PartnerGraph home">
          <span className="brand-mark" aria-hidden="true" />
          PartnerGraph
        </a>
        <EcosystemBadge key={imports} />
      </div>
      <CompanySearch onPick={onPickCompany} />
      <nav className="view-tabs" aria-label="Views">
        {VIEW_TABS.map((tab) => (
          <button
            key={tab.view}
            type="button"
            className="view-tab"
            aria-current={hasFocal && view === tab.view ? 'page' : undefined}
            disabled={!hasFocal}
            title={hasFocal ? tab.hint : 'Pick a company first'}
            onClick={() => onView(tab.view)}
          >
            {tab.label}
          </button>
        ))}
      </nav>
      <AddDataButton onImporting={() => setImports((count) => count + 1)} />
    </header>
  );
}
