/**
 * The explorer's whole view state lives in the URL so that a link reproduces
 * what the sender saw: `/?focal=acme&view=shortlist&selected=globex&wPeers=0.6…`.
 * Parsing is forgiving (a hand-edited or stale link falls back to defaults
 * value by value); serialising leaves defaults out so links stay short.
 */
import type { Severity } from '../client/types.ts';
import { TERM_KINDS, TERM_PARAM, type TermWeights } from '../fit/terms.ts';

const VIEWS = ['map', 'shortlist', 'matrix', 'whitespace', 'pipeline'] as const;
export type ViewName = (typeof VIEWS)[number];

export const LAYOUTS = ['force', 'concentric'] as const;

/** The ranked list's order: the market's fit score (default), or what is specific to the focal company. */
const LENSES = ['MARKET', 'SPECIFIC'] as const;
export type LensName = (typeof LENSES)[number];
export type LayoutName = (typeof LAYOUTS)[number];

const SEVERITIES: readonly Severity[] = ['LOW', 'MEDIUM', 'HIGH'];

export interface CandidateFilters {
  /** Keep the focal company's active partners in the ranking. Default false. */
  includePartners: boolean;
  /** Keep candidates a decisive conflict rules out. Default false. */
  includeRuledOut: boolean;
  /** Only candidates sharing at least this many customers; 0 = no limit. */
  minShared: number;
  /** Segment id, or null for any. */
  segment: string | null;
  /** Capability id, or null for any. */
  capability: string | null;
  /** Hide candidates with a conflict of this severity or worse; null shows all. */
  excludeSeverity: Severity | null;
}

export const DEFAULT_FILTERS: Readonly<CandidateFilters> = {
  includePartners: false,
  includeRuledOut: false,
  minShared: 0,
  segment: null,
  capability: null,
  excludeSeverity: null,
};

/** How many candidates the map draws: the API allows 1 to 300. */
export const MAP_SIZES = [25, 50, 100, 300] as const;
const DEFAULT_MAP_SIZE = 25;

export interface ExplorerState {
  focal: string | null;
  view: ViewName;
  /** The company whose detail panel is open. */
  selected: string | null;
  /**
   * The term weights the strategist set; the others keep the market's learned
   * weights (the API fills them in). Empty: the market's ranking.
   */
  weights: TermWeights;
  filters: CandidateFilters;
  layout: LayoutName;
  mapSize: number;
  /** The saved shortlist the shortlist view has open. */
  shortlist: string | null;
  /** The what-if tray: a hypothetical partner set, kept in the link so it reproduces the tray. */
  whatIf: WhatIfSet;
  /** The order of the ranked list (`lens=specific` in the link). */
  lens: LensName;
}

/**
 * Today's active partners plus `add`, minus `drop` (the `whatIf` query's
 * arguments); `open` shows the tray before anything is added or dropped.
 */
export interface WhatIfSet {
  open: boolean;
  add: string[];
  drop: string[];
}

export const EMPTY_WHAT_IF: Readonly<WhatIfSet> = { open: false, add: [], drop: [] };

/** True when the tray has something to show or was opened. */
export function isWhatIfShown(whatIf: WhatIfSet): boolean {
  return whatIf.open || whatIf.add.length > 0 || whatIf.drop.length > 0;
}

export const DEFAULT_STATE: Readonly<ExplorerState> = {
  focal: null,
  view: 'map',
  selected: null,
  weights: {},
  filters: DEFAULT_FILTERS,
  layout: 'force',
  mapSize: DEFAULT_MAP_SIZE,
  shortlist: null,
  whatIf: EMPTY_WHAT_IF,
  lens: 'MARKET',
};

/** Reads a location's query string (`?a=b…`, with or without the `?`). */
export function parseExplorerState(search: string): ExplorerState {
  const params = new URLSearchParams(search);
  const text = (key: string): string | null => {
    const value = params.get(key)?.trim();
    return value ? value : null;
  };
  return {
    focal: text('focal'),
    view: oneOf(VIEWS, text('view')) ?? DEFAULT_STATE.view,
    selected: text('selected'),
    weights: Object.fromEntries(
      TERM_KINDS.flatMap((kind) => {
        const value = weight(text(TERM_PARAM[kind]));
        return value === undefined ? [] : [[kind, value]];
      }),
    ),
    filters: {
      includePartners: text('includePartners') === 'true',
      includeRuledOut: text('includeRuledOut') === 'true',
      minShared: wholeNumber(text('minShared'), 0, 1_000_000) ?? 0,
      segment: text('segment'),
      capability: text('capability'),
      excludeSeverity: oneOf(SEVERITIES, text('excludeSeverity')?.toUpperCase() ?? null),
    },
    layout: oneOf(LAYOUTS, text('layout')) ?? DEFAULT_STATE.layout,
    mapSize: wholeNumber(text('top'), 1, 300) ?? DEFAULT_MAP_SIZE,
    shortlist: text('list'),
    whatIf: whatIfSet(text('whatIf') === 'open', ids(params.getAll('add')), ids(params.getAll('drop'))),
    lens: oneOf(LENSES, text('lens')?.toUpperCase() ?? null) ?? DEFAULT_STATE.lens,
  };
}

/** A tray holding companies is open: the link need not say so. */
function whatIfSet(open: boolean, add: string[], drop: string[]): WhatIfSet {
  return { open: open || add.length > 0 || drop.length > 0, add, drop };
}

/** The query string for a state, `?`-prefixed, or '' when everything is default. */
export function serialiseExplorerState(state: ExplorerState): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string | null, fallback: string | null = null): void => {
    if (value !== null && value !== fallback) params.set(key, value);
  };
  put('focal', state.focal);
  put('view', state.view, DEFAULT_STATE.view);
  put('selected', state.selected);
  for (const kind of TERM_KINDS) {
    const value = state.weights[kind];
    put(TERM_PARAM[kind], value === undefined ? null : formatWeight(value));
  }
  put('includePartners', state.filters.includePartners ? 'true' : null);
  put('includeRuledOut', state.filters.includeRuledOut ? 'true' : null);
  put('minShared', state.filters.minShared > 0 ? String(state.filters.minShared) : null);
  put('segment', state.filters.segment);
  put('capability', state.filters.capability);
  put('excludeSeverity', state.filters.excludeSeverity);
  put('layout', state.layout, DEFAULT_STATE.layout);
  put('top', String(state.mapSize), String(DEFAULT_MAP_SIZE));
  put('list', state.shortlist);
  put('lens', state.lens === 'MARKET' ? null : state.lens.toLowerCase());
  // The tray opens by itself when it holds companies: `whatIf=open` only for an empty one.
  const { whatIf } = state;
  put('whatIf', whatIf.open && whatIf.add.length === 0 && whatIf.drop.length === 0 ? 'open' : null);
  for (const id of whatIf.add) params.append('add', id);
  for (const id of whatIf.drop) params.append('drop', id);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** True when any filter differs from its default. */
export function hasActiveFilters(filters: CandidateFilters): boolean {
  return (Object.keys(DEFAULT_FILTERS) as (keyof CandidateFilters)[]).some(
    (key) => filters[key] !== DEFAULT_FILTERS[key],
  );
}

/** Weights travel with two decimals: the sliders step by 0.01. */
function formatWeight(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function weight(value: string | null): number | undefined {
  if (value === null) return undefined;
  const number = Number(value);
  return Number.isFinite(number) && number >= 0 && number <= 1 ? number : undefined;
}

function wholeNumber(value: string | null, min: number, max: number): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const number = Number(value);
  return number >= min && number <= max ? number : undefined;
}

/** Company ids, trimmed, each once, in the order given; the API takes at most 100. */
function ids(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))].slice(0, 100);
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}
