/**
 * What every slide says over its picture: whose picture, of what, then the
 * dataset, the date, what is shown and what the ranking rests on. Pure; the
 * map and the 2x2 both title their exports with it.
 */
import { formatDate } from '../format/numbers.ts';
import type { SlideText } from './slide-layout.ts';

export interface ExportContext {
  focalName: string;
  /** The loaded ecosystem's name (`ecosystemSummary.name`), if known. */
  dataset: string | null;
  date: Date;
  /** "Top 25 candidates", "Top 25 candidates · filtered"… */
  shown: string;
  /** What the ranking rests on: "this market's weights", or the weights set. */
  weights: string;
}

/** "Okta: partner ecosystem" over "FedRAMP marketplace ecosystem · 30 Nov 2025 · Top 25 candidates · …". */
export function slideText(what: string, context: ExportContext): SlideText {
  const parts = [context.dataset, formatDate(context.date.toISOString()), context.shown, context.weights];
  return {
    title: `${context.focalName}: ${what}`,
    subtitle: parts.filter((part): part is string => Boolean(part)).join(' · '),
  };
}
