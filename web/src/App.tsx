/**
 * The explorer's shell: the header (which ecosystem, company search, views)
 * over the workspace of one focal company. Everything it shows follows the
 * URL (hooks/use-explorer-state.ts).
 */
import { AppHeader } from './app/AppHeader.tsx';
import { ErrorBoundary } from './app/ErrorBoundary.tsx';
import { FocalWorkspace } from './app/FocalWorkspace.tsx';
import { Welcome } from './app/Welcome.tsx';
import { useExplorerState } from './hooks/use-explorer-state.ts';
import { EMPTY_WHAT_IF } from './state/url-state.ts';

export function App() {
  const [state, update] = useExplorerState();
  // A what-if is about one focal company's partners: another company starts without one.
  const openCompany = (id: string): void =>
    update({ focal: id, selected: null, shortlist: null, whatIf: EMPTY_WHAT_IF });

  return (
    <div className="app">
      <AppHeader
        view={state.view}
        hasFocal={state.focal !== null}
        onView={(view) => update({ view })}
        onPickCompany={openCompany}
      />
      <ErrorBoundary resetKey={`${state.focal}|${state.view}`}>
        {state.focal ? (
          <FocalWorkspace key={state.focal} state={{ ...state, focal: state.focal }} update={update} />
        ) : (
          <Welcome onPickCompany={openCompany} />
        )}
      </ErrorBoundary>
    </div>
  );
}
