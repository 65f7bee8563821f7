/**
 * Which of the files a person dropped go to the server: CSV files and an
 * import-plan.json, each under the server's size limit; the rest are named
 * with why, before anything is sent.
 */
export interface Pick {
  name: string;
  size: number;
}

export function pickFiles<T extends Pick>(
  files: readonly T[],
  maxFileBytes: number,
): { taken: T[]; refused: string[] } {
  const taken: T[] = [];
  const refused: string[] = [];
  for (const file of files) {
    const lower = file.name.toLowerCase();
    if (!lower.endsWith('.csv') && lower !== 'import-plan.json')
      refused.push(`${file.name}: not a CSV file. Export it as CSV (comma-separated) first.`);
    else if (file.size > maxFileBytes)
      refused.push(
        `${file.name}: larger than ${Math.round(maxFileBytes / 1024 / 1024)} MB, the largest file the server takes.`,
      );
    else if (file.size === 0) refused.push(`${file.name}: empty.`);
    else taken.push(file);
  }
  return { taken, refused };
}
