/**
 * The company whose accounts (a CRM export) or partners (a partner sheet) a
 * file lists: a company of the market, found as the header's search finds
 * it, or a new name. The importer matches a name to the market's company of
 * that name, or makes a new company of it.
 */
import { useId, useState } from 'react';
import { COMPANY_SEARCH } from '../client/market-queries.ts';
import { useApi } from '../hooks/use-api.ts';
import { useDebouncedValue } from '../hooks/use-debounced-value.ts';

interface Props {
  question: string;
  owner: string | undefined;
  onChange(owner: string): void;
}

export function OwnerPicker({ question, owner, onChange }: Props) {
  const [text, setText] = useState(owner ?? '');
  const [open, setOpen] = useState(false);
  const listId = useId();
  const search = useDebouncedValue(text.trim(), 150);
  const { data } = useApi(COMPANY_SEARCH, { search, first: 6 }, { skip: search === '' || !open });
  const suggestions = search === '' ? [] : (data?.companies ?? []);
  const exact = suggestions.some((company) => company.name.toLowerCase() === search.toLowerCase());

  const choose = (name: string): void => {
    setText(name);
    setOpen(false);
    if (name.trim() !== (owner ?? '')) onChange(name.trim());
  };

  return (
    <div className="owner-picker">
      <label className="field-label" htmlFor={`${listId}-input`}>
        {question}
      </label>
      <input
        id={`${listId}-input`}
        type="text"
        role="combobox"
        aria-expanded={open && search !== ''}
        aria-controls={listId}
        aria-autocomplete="list"
        placeholder="Your company’s name"
        autoComplete="off"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => choose(text)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            choose(text);
          }
        }}
        data-testid="owner-input"
      />
      {open && search !== '' && (
        <ul className="owner-suggestions" id={listId} role="listbox" aria-label="Companies of the market">
          {suggestions.map((company) => (
            <li
              key={company.id}
              role="option"
              aria-selected={company.name === text}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(company.name);
              }}
            >
              <strong>{company.name}</strong>
              <span className="muted">
                {company.domain ?? company.id} · {company.customerCount.toLocaleString('en-US')} customers
              </span>
            </li>
          ))}
          {!exact && (
            <li
              role="option"
              aria-selected={false}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(text);
              }}
            >
              <strong>“{text.trim()}”</strong> <span className="muted">a company new to this market</span>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
