/**
 * Every operation the explorer sends, gathered from the features' own
 * *-queries.ts files: one place to read the whole of what the UI asks of the
 * API (the API's query-limit and cost tests check each one at its largest).
 * A new feature's queries file joins this list; codegen.ts finds it by its name.
 */
export * from './app/app-queries.ts';
export * from './changes/changes-queries.ts';
export * from './client/market-queries.ts';
export * from './detail/detail-queries.ts';
export * from './fit/fit-queries.ts';
export * from './map/map-queries.ts';
export * from './pipeline/pipeline-queries.ts';
export * from './shortlist/shortlist-queries.ts';
export * from './whatif/what-if-queries.ts';
export * from './whitespace/white-space-queries.ts';
