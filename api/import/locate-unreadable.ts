import { decodeFile } from './decode-text.ts';

/** Why the CSV parser could not read on from a record, found by reading the file again from where that record starts. */
export interface Unreadable {
  line: number;
  reason: string;
}

/**
 * The CSV parser stops for good at a record it cannot finish: a quote never
 * closed, or a record past its size limit. It reports the line it had reached,
 * not the one the trouble starts on, and cannot tell an unclosed quote from a
 * huge field. This reads the file again from `start` (the first line after the
 * last record it read) with RFC 4180's quoting rules, a character at a time,
 * keeping nothing but counters, so a 30 MB line or a 1 GB file with no line
 * break costs no memory. Only a broken file pays for the second read.
 */
export async function locateUnreadable(path: string, start: number, maxRecordCharacters: number): Promise<Unreadable> {
  let line = 1;
  let inQuotes = false;
  let quoteSeen = false; // inside quotes, a quote that may close the field or be the first of a doubled one
  let fieldStart = true;
  let openedOn = 0;
  let lineLength = 0;
  let startLineLength = 0;
  let closedOn = 0;
  let charactersInRecord = 0;
  for await (const text of decodeFile(path)) {
    for (let index = 0; index < text.length; index += 1) {
      const char = text[index]!;
      if (line < start) {
        if (char === '\n') line += 1;
        continue;
      }
      charactersInRecord += 1;
      if (inQuotes) {
        if (quoteSeen) {
          quoteSeen = false;
          if (char === '"') continue; // "" is a quote inside the field
          inQuotes = false;
          if (closedOn === 0) closedOn = line;
        } else {
          if (char === '"') quoteSeen = true;
          else if (char === '\n') line += 1;
          continue;
        }
      }
      if (char === '"' && fieldStart) {
        inQuotes = true;
        openedOn = line;
        fieldStart = false;
      } else if (char === ',') {
        fieldStart = true;
      } else if (char === '\n') {
        if (line === start) startLineLength = lineLength;
        line += 1;
        lineLength = 0;
        fieldStart = true;
        // A record ends at a line break outside quotes; one that already ran past the limit is the culprit.
        if (charactersInRecord > maxRecordCharacters) break;
        charactersInRecord = 0;
        continue;
      } else {
        fieldStart = false;
      }
      lineLength += 1;
    }
  }
  if (line === start) startLineLength = lineLength;
  if (inQuotes && !quoteSeen) {
    return {
      line: openedOn,
      reason: 'broken CSV: the quote opened on this line is never closed, so it swallows every line after it',
    };
  }
  if (openedOn >= start && closedOn > openedOn) {
    return {
      line: openedOn,
      reason: `broken CSV: the quoted field that opens on this line runs to line ${closedOn}, over ${maxRecordCharacters.toLocaleString('en-US')} characters (is its closing quote misplaced?); the file cannot be read past it`,
    };
  }
  return {
    line: start,
    reason: `broken CSV: the line is ${startLineLength.toLocaleString('en-US')} characters long, over ${maxRecordCharacters.toLocaleString('en-US')}, and a field may hold at most ${(maxRecordCharacters / 6).toLocaleString('en-US')}; the file cannot be read past it`,
  };
}
