import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Conversion } from './convert.ts';
import { renderCsvFiles } from './csv-files.ts';
import { renderReadme } from './readme.ts';

/**
 * Everything the data folder holds, file name → content: the CSV files, the generated
 * README.md and LICENSE.md (the source licence, copied verbatim).
 */
export function renderDataFolder(conversion: Conversion, sourceLicence: string): Map<string, string> {
  const files = renderCsvFiles(conversion.tables);
  files.set('README.md', renderReadme(conversion));
  files.set('LICENSE.md', sourceLicence);
  return files;
}

/** Writes the files into `folder` (created if missing), overwriting files of the same name. */
export function writeDataFolder(folder: string, files: ReadonlyMap<string, string>): void {
  mkdirSync(folder, { recursive: true });
  for (const [name, content] of files) writeFileSync(join(folder, name), content, 'utf8');
}
