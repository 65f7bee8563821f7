/**
 * A file's text, or why it is not UTF-8 text. The encoding is the whole file's
 * problem, so it is reported at line 1; the reason names the line where it shows.
 */
export type Decoded = { ok: true; text: string } | { ok: false; line: 1; reason: string };

const SAVE_AS = 'save it as "CSV UTF-8"';

/**
 * Decodes an import file as UTF-8 and names the usual ways a file is not:
 * - a UTF-16 byte-order mark (Excel's "Unicode text"), or UTF-16 without one,
 *   which shows as NUL bytes between the letters;
 * - bytes that are not UTF-8 (Latin-1 or Windows-1252, where é is one byte),
 *   reported at the line of the first such byte;
 * - any other NUL byte: a binary file, or text that would carry invisible
 *   NULs into ids and names.
 * A UTF-8 byte-order mark is fine; the CSV parser drops it.
 */
export function decodeText(bytes: Buffer): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, line: 1, reason: `the file is UTF-16 (it starts with a UTF-16 byte-order mark), not UTF-8; ${SAVE_AS}` };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      line: 1,
      reason: looksLikeUtf16(bytes)
        ? `the file looks like UTF-16 (NUL bytes between the letters), not UTF-8; ${SAVE_AS}`
        : `the file is not text: line ${lineAt(bytes, nul)} has a NUL byte`,
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const byte = bytes[offset] ?? 0;
    const hex = byte.toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      line: 1,
      reason: `the file is not valid UTF-8 text: line ${lineAt(bytes, offset)} has the byte 0x${hex} (Latin-1 or Windows-1252 perhaps); ${SAVE_AS}`,
    };
  }
}

/** ASCII text in UTF-16 has a NUL in every other byte. */
function looksLikeUtf16(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 200);
  let nulsAtOdd = 0;
  let nulsAtEven = 0;
  sample.forEach((byte, index) => {
    if (byte === 0) {
      if (index % 2 === 1) nulsAtOdd += 1;
      else nulsAtEven += 1;
    }
  });
  return Math.max(nulsAtOdd, nulsAtEven) >= sample.length / 4;
}

/** 1-based line of a byte offset: newlines before it, plus one (a lone CR counts, as the CSV parser counts it). */
function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index += 1) {
    const byte = bytes[index];
    if (byte === 0x0a || (byte === 0x0d && bytes[index + 1] !== 0x0a)) line += 1;
  }
  return line;
}

/** Offset of the first byte that does not fit UTF-8's shape (lead byte, then the right number of continuation bytes). */
function firstInvalidUtf8(bytes: Buffer): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next += 1) {
      const byte = bytes[index + next];
      if (byte === undefined || (byte & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  // Structurally fine but still refused (an overlong or surrogate form): point at the file's start.
  return 0;
}
