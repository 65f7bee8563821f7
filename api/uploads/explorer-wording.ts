/**
 * The importer's sentences speak to someone at a terminal (`--as <company>`,
 * "run the import with --plan"). In the explorer the same choices are fields
 * on the page: these say so, and leave every other word as it is.
 */
const REWORDINGS: readonly [RegExp, string][] = [
  [
    /Name the company with --as <company> \(its id or name\), or set "owner" in import-plan\.json/,
    'Name the company in the field above.',
  ],
  [
    /Run the import with --plan to write import-plan\.json, then give the file its role and columns there \(or "role": "ignore" to leave it out\)/,
    'Choose what the file is and which columns to read, or leave it out',
  ],
  [/ \(IMPORT_MAX_FILE_MB raises the limit\)/, ' (the server’s IMPORT_MAX_FILE_MB setting)'],
];

export function explorerWording(sentence: string): string {
  return REWORDINGS.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), sentence);
}
