/**
 * A dry run's or an import's report in figures a strategist reads first:
 * per file, rows read, refused and skipped, and how its customers and
 * companies were matched; for the market, what would be added and changed.
 */
import { formatCount, pluralise } from '../format/numbers.ts';
import type { DecisionCounts, FileReport, ImportPreview } from './upload-types.ts';

export interface MatchLine {
  label: string;
  count: number;
}

/** How the organisations of a file were matched, the categories with none left out. */
export function matchLines(counts: DecisionCounts): MatchLine[] {
  return [
    { label: 'already known', count: counts.existing },
    { label: 'matched by domain', count: counts.byDomain },
    { label: 'matched by name', count: counts.byName },
    { label: 'matched by your overrides', count: counts.byOverride },
    { label: 'new', count: counts.new },
    { label: 'ambiguous (kept apart)', count: counts.ambiguous },
  ].filter((line) => line.count > 0);
}

export const totalOf = (counts: DecisionCounts): number => Object.values(counts).reduce((sum, count) => sum + count, 0);

/** A file's rows in one line: "312 rows read · 2 refused · 14 skipped". */
export function rowsLine(file: FileReport): string {
  const skipped = file.skipped.reduce((sum, entry) => sum + entry.rows, 0);
  return [
    pluralise(file.rows, 'row') + ' read',
    file.refused > 0 && `${formatCount(file.refused)} refused`,
    skipped > 0 && `${formatCount(skipped)} skipped`,
  ]
    .filter(Boolean)
    .join(' · ');
}

export interface PreviewFigure {
  label: string;
  added: number;
  changed?: number;
}

/**
 * What the import would do to the market. A merge adds and changes; a
 * replace makes the market the files' own, so it says what the market will
 * hold, against what it holds now.
 */
export function previewFigures(
  preview: ImportPreview,
  replace: boolean,
): { figures: PreviewFigure[]; sentence: string } {
  if (replace) {
    const figures = [
      { label: 'companies', added: preview.stagedCompanies, changed: preview.liveCompanies },
      { label: 'customers', added: preview.stagedCustomers, changed: preview.liveCustomers },
      { label: 'account links', added: preview.stagedAccounts, changed: preview.liveAccounts },
      { label: 'partnerships', added: preview.stagedPartnerships, changed: preview.livePartnerships },
    ];
    return {
      figures,
      sentence: `The market would hold ${pluralise(preview.stagedCompanies, 'company', 'companies')} and ${pluralise(preview.stagedCustomers, 'customer')}${preview.liveCompanies > 0 ? `, in place of ${formatCount(preview.liveCompanies)} and ${formatCount(preview.liveCustomers)} today` : ''}. Shortlists stay.`,
    };
  }
  const figures = [
    { label: 'companies', added: preview.newCompanies, changed: preview.updatedCompanies },
    { label: 'customers', added: preview.newCustomers, changed: preview.updatedCustomers },
    { label: 'account links', added: preview.newAccounts, changed: preview.changedAccounts },
    { label: 'partnerships', added: preview.newPartnerships, changed: preview.changedPartnerships },
    { label: 'capabilities', added: preview.newCapabilities },
    { label: 'rivalries', added: preview.newRivalries },
  ];
  const added = figures
    .filter((figure) => figure.added > 0)
    .map((figure) => `${formatCount(figure.added)} ${figure.label}`);
  return {
    figures,
    sentence:
      added.length > 0
        ? `Would add ${added.join(', ')}; the rest of the market stays as it is.`
        : 'Would add nothing new; only what is listed as changed would change.',
  };
}
