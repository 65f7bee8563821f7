import { createReadStream } from 'node:fs';

/**
 * Why a file is not UTF-8 text. The encoding is the whole file's problem, so
 * it is reported at line 1; the reason names the line where it shows.
 */
export class EncodingProblem extends Error {
  readonly line = 1;
}

const SAVE_AS = 'save it as "CSV UTF-8"';
const CHUNK_BYTES = 1024 * 1024;

/**
 * Reads a file as UTF-8 text, a chunk at a time, with every kind of line break
 * made `\n` (the CSV parser counts a CRLF inside a quoted field as two lines,
 * which would shift every line number after it). Throws an EncodingProblem for
 * the usual ways a file is not UTF-8:
 * - a UTF-16 byte-order mark (Excel's "Unicode text"), or UTF-16 without one,
 *   which shows as NUL bytes between the letters;
 * - bytes that are not UTF-8 (Latin-1 or Windows-1252, where é is one byte),
 *   reported at the line of the first such byte;
 * - any other NUL byte: a binary file, or text that would carry invisible NULs
 *   into ids and names.
 * A UTF-8 byte-order mark is fine; the CSV parser drops it. Memory stays at a
 * chunk whatever the file's size.
 */
export async function* decodeFile(path: string, chunkBytes = CHUNK_BYTES): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let linesBefore = 0; // line breaks in the bytes already decoded
  let pending = Buffer.alloc(0); // an incomplete character at a chunk's end
  let heldCr = false; // a CR at a chunk's end, which may be half of a CRLF
  let first = true;
  for await (const chunk of createReadStream(path, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>) {
    if (first) {
      first = false;
      checkStart(chunk);
    }
    const bytes = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
    const complete = completeLength(bytes);
    const part = bytes.subarray(0, complete);
    pending = Buffer.from(bytes.subarray(complete));
    const nul = part.indexOf(0);
    if (nul !== -1)
      throw new EncodingProblem(`the file is not text: line ${linesBefore + lineAt(part, nul)} has a NUL byte`);
    let text: string;
    try {
      text = decoder.decode(part);
    } catch {
      throw notUtf8(part, firstInvalidUtf8(part), linesBefore);
    }
    linesBefore += lineAt(part, part.length) - 1;
    if (heldCr) text = `\r${text}`;
    heldCr = text.endsWith('\r');
    if (heldCr) text = text.slice(0, -1);
    yield text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  }
  if (pending.length > 0) throw notUtf8(pending, 0, linesBefore);
  if (heldCr) yield '\n';
}

/** UTF-16 announces itself in the first bytes: a byte-order mark, or NULs between ASCII letters. */
function checkStart(bytes: Buffer): void {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new EncodingProblem(`the file is UTF-16 (it starts with a UTF-16 byte-order mark), not UTF-8; ${SAVE_AS}`);
  }
  if (bytes.subarray(0, 200).includes(0) && looksLikeUtf16(bytes)) {
    throw new EncodingProblem(`the file looks like UTF-16 (NUL bytes between the letters), not UTF-8; ${SAVE_AS}`);
  }
}

function notUtf8(bytes: Buffer, offset: number, linesBefore: number): EncodingProblem {
  const hex = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return new EncodingProblem(
    `the file is not valid UTF-8 text: line ${linesBefore + lineAt(bytes, offset)} has the byte 0x${hex} (Latin-1 or Windows-1252 perhaps); ${SAVE_AS}`,
  );
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
  for (let at = bytes.indexOf(0x0a); at !== -1 && at < offset; at = bytes.indexOf(0x0a, at + 1)) line += 1;
  for (let at = bytes.indexOf(0x0d); at !== -1 && at < offset; at = bytes.indexOf(0x0d, at + 1)) {
    if (bytes[at + 1] !== 0x0a) line += 1;
  }
  return line;
}

/** How many leading bytes end on a whole character: a chunk may stop inside one. */
function completeLength(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = byte < 0x80 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

/** Offset of the first byte that does not fit UTF-8's shape (lead byte, then the right number of continuation bytes). */
function firstInvalidUtf8(bytes: Buffer): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next += 1) {
      const byte = bytes[index + next];
      if (byte === undefined || (byte & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  // Structurally fine but still refused (an overlong or surrogate form): point at the chunk's start.
  return 0;
}
