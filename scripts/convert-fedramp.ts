/**
 * Converts the FedRAMP marketplace export into PartnerGraph's CSV import format.
 *
 *   npx tsx scripts/convert-fedramp.ts [--in <data.json>] [--out <folder>]
 *
 * Defaults are relative to the repository root, whatever the working directory:
 * `--in data/sources/fedramp-marketplace/data.json`, `--out data/fedramp`. The source
 * licence (`LICENSE.md` next to `data.json`) is copied into the output folder.
 * The logic lives in scripts/fedramp/; this file only reads, converts, writes and reports.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { convertMarketplace } from './fedramp/convert.ts';
import { renderDataFolder, writeDataFolder } from './fedramp/data-folder.ts';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the converter reads and writes unless told otherwise. */
export const defaultPaths = {
  /** The GSA export, kept in the repository with its licence. */
  input: resolve(repositoryRoot, 'data/sources/fedramp-marketplace/data.json'),
  /** The committed data folder. */
  output: resolve(repositoryRoot, 'data/fedramp'),
};

function main(): void {
  const { values } = parseArgs({
    options: {
      in: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log('Usage: npx tsx scripts/convert-fedramp.ts [--in <data.json>] [--out <folder>]');
    return;
  }
  const input = values.in ? resolve(values.in) : defaultPaths.input;
  const output = values.out ? resolve(values.out) : defaultPaths.output;
  const conversion = convertMarketplace(JSON.parse(readFileSync(input, 'utf8')));
  const licence = readFileSync(join(dirname(input), 'LICENSE.md'), 'utf8');
  writeDataFolder(output, renderDataFolder(conversion, licence));
  const counts = Object.entries(conversion.tables).map(([table, rows]) => `${table} ${rows.length}`);
  console.log(`Converted ${input}\n  → ${output}\n  ${counts.join(', ')}`);
}

main();
