/**
 * PartnerGraph's own seven files (README, "Loading your own data"), recognised as the importer checks them
 * today: by file name, and by a header of its columns only, each once, with the required ones present.
 * The importer's specs (api/import/file-specs.ts) are the source of these columns; a unit test keeps the two
 * in step. customers.csv also takes `domain`, which matching customers across files needs.
 */
export interface NativeFile {
  file: string;
  columns: readonly string[];
  required: readonly string[];
}

export const NATIVE_FILES: readonly NativeFile[] = [
  { file: 'companies.csv', columns: ['id', 'name', 'domain', 'employees', 'description'], required: ['name'] },
  { file: 'customers.csv', columns: ['id', 'name', 'domain', 'industry', 'region'], required: ['id'] },
  { file: 'accounts.csv', columns: ['company_id', 'customer_id', 'stage'], required: ['company_id', 'customer_id'] },
  {
    file: 'capabilities.csv',
    columns: ['company_id', 'capability', 'level', 'category'],
    required: ['company_id', 'capability'],
  },
  { file: 'segments.csv', columns: ['company_id', 'segment'], required: ['company_id', 'segment'] },
  { file: 'competitors.csv', columns: ['company_id', 'competitor_id'], required: ['company_id', 'competitor_id'] },
  {
    file: 'partnerships.csv',
    columns: ['id', 'parties', 'type', 'status', 'since'],
    required: ['id', 'parties', 'type', 'status'],
  },
];

export type NativeRole =
  | 'companies.csv'
  | 'customers.csv'
  | 'accounts.csv'
  | 'capabilities.csv'
  | 'segments.csv'
  | 'competitors.csv'
  | 'partnerships.csv';

export const NATIVE_ROLES = NATIVE_FILES.map((native) => native.file) as readonly NativeRole[];

export function nativeFileNamed(file: string): NativeFile | undefined {
  return NATIVE_FILES.find((native) => native.file === file);
}

/** Why `headers` is not the native file's header (as the importer would refuse it), or undefined when it is. */
export function nativeHeaderProblem(native: NativeFile, headers: readonly string[]): string | undefined {
  const names = headers.map((name) => name.trim());
  const unknown = names.filter((name) => !native.columns.includes(name));
  if (unknown.length > 0)
    return `unknown column(s) ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ', …' : ''}; its columns are ${native.columns.join(',')}`;
  const duplicated = names.filter((name, index) => names.indexOf(name) !== index);
  if (duplicated.length > 0) return `column(s) ${[...new Set(duplicated)].join(', ')} appear more than once`;
  const missing = native.required.filter((name) => !names.includes(name));
  if (missing.length > 0) return `missing column(s) ${missing.join(', ')}`;
  return undefined;
}

/** The file's name without its folders: the importer finds its own files by name. */
export function fileNameOf(file: string): string {
  return file.split(/[\\/]/).at(-1) ?? file;
}
