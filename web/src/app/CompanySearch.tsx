/**
 * The company search: a WAI-ARIA combobox over `companies(search)`. Arrow
 * keys move through the suggestions, Enter opens one, Escape closes the list;
 * "/" anywhere on the page jumps here.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { COMPANY_SEARCH } from '../client/market-queries.ts';
import type { CompanySuggestion } from '../client/types.ts';
import { useApi } from '../hooks/use-api.ts';
import { useDebouncedValue } from '../hooks/use-debounced-value.ts';
import { pluralise } from '../format/numbers.ts';

interface Props {
  onPick(id: string): void;
  /** Focus the box on mount (the welcome page). Default false. */
  autoFocus?: boolean;
  /** Also bind the "/" shortcut. Default true; the welcome page's second box leaves it to the header's. */
  shortcut?: boolean;
}

export function CompanySearch({ onPick, autoFocus = false, shortcut = true }: Props) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  // The highlighted suggestion, remembered per search text: new text starts at the top.
  const [highlight, setHighlight] = useState({ search: '', index: 0 });
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const search = useDebouncedValue(text.trim(), 150);
  const { data, loading, error } = useApi(COMPANY_SEARCH, { search, first: 8 }, { skip: search === '' });
  const suggestions = search === '' ? [] : (data?.companies ?? []);

  const active = highlight.search === search ? highlight.index : 0;
  const setActive = (next: (index: number) => number): void => setHighlight({ search, index: next(active) });

  useEffect(() => {
    if (!shortcut) return;
    const onKey = (event: globalThis.KeyboardEvent): void => {
      const target = event.target as HTMLElement | null;
      const typing =
        target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
      if (event.key === '/' && !typing) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcut]);

  const pick = (company: CompanySuggestion | undefined): void => {
    if (!company) return;
    onPick(company.id);
    setText('');
    setOpen(false);
    input.current?.blur();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, Math.max(0, suggestions.length - 1)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(suggestions[active]);
    } else if (event.key === 'Escape') {
      if (open) setOpen(false);
      else setText('');
    }
  };

  const expanded = open && search !== '';
  const activeId = suggestions[active] ? `${listId}-${active}` : undefined;
  return (
    <div className="company-search">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label="Search a company"
        aria-autocomplete="list"
        aria-controls={listId}
        aria-expanded={expanded}
        aria-activedescendant={expanded ? activeId : undefined}
        placeholder="Search a company…   /"
        autoComplete="off"
        spellCheck={false}
        autoFocus={autoFocus}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <ul className="search-results" id={listId} role="listbox" aria-label="Companies">
          {error && <li className="search-note error">{error.message}</li>}
          {!error && suggestions.length === 0 && (
            <li className="search-note">
              {loading || text.trim() !== search ? 'Searching…' : `No company matches “${search}”`}
            </li>
          )}
          {suggestions.map((company, index) => (
            <li
              key={company.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className="search-result"
              data-company-id={company.id}
              // mousedown, not click: the input's blur would close the list first
              onMouseDown={(event) => {
                event.preventDefault();
                pick(company);
              }}
              onMouseEnter={() => setActive(() => index)}
            >
              <span className="search-result-name">{company.name}</span>
              <span className="search-result-meta">
                {company.domain ?? company.id} · {pluralise(company.customerCount, 'customer')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
