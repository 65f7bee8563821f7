import { Busboy, type BusboyFileStream } from '@fastify/busboy';
import { once } from 'node:events';
import { createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { randomBytes } from 'node:crypto';
import { megabytes } from '../import/folder-files.ts';
import { badUpload, UploadRefusal } from './upload-refusal.ts';
import { safeUploadName } from './upload-names.ts';
import { MAX_PLAN_BYTES } from './upload-settings.ts';

export interface ReceiveLimits {
  maxFileBytes: number;
  maxFiles: number;
}

/** A file taken: its safe name and size. */
export interface ReceivedFile {
  name: string;
  bytes: number;
}

/**
 * Streams the files of a multipart/form-data body into `folder`, each
 * straight to disk as it arrives: memory holds a chunk at a time whatever the
 * file's size (yoga's `request.formData()` would gather every file in memory).
 * The whole request is taken or none of it: files land in a hidden folder
 * beside the others and move in only when every file passed, replacing files
 * of the same names. Refused: a body that is not multipart (415), a name that
 * is not a CSV file or import-plan.json (400, naming it), a file over the
 * limit (413, naming it), more files than the upload may hold (400), none at
 * all (400). `existing` are the names the folder holds already.
 */
export async function receiveFiles(
  request: Request,
  folder: string,
  limits: ReceiveLimits,
  existing: readonly string[],
): Promise<ReceivedFile[]> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw new UploadRefusal(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the files as multipart/form-data, one part per file (a browser form or FormData does).',
    );
  }
  // A body longer than every file at its limit cannot be right: refused before a byte is stored.
  const declared = Number(request.headers.get('content-length') ?? NaN);
  const ceiling = limits.maxFiles * (limits.maxFileBytes + 64 * 1024) + MAX_PLAN_BYTES;
  if (Number.isFinite(declared) && declared > ceiling)
    throw tooLarge(
      `The upload is ${megabytes(declared)}, more than ${limits.maxFiles} files of at most ${megabytes(limits.maxFileBytes)} each.`,
    );
  if (!request.body)
    throw badUpload('The upload has no files: send .csv files (and import-plan.json) as multipart/form-data.');

  const incoming = join(folder, `.incoming-${randomBytes(6).toString('hex')}`);
  mkdirSync(incoming, { mode: 0o700 });
  const received: ReceivedFile[] = [];
  const writes: Promise<void>[] = [];
  let refusal: UploadRefusal | undefined;
  const refuse = (reason: UploadRefusal) => {
    refusal ??= reason;
  };
  try {
    const parser = Busboy({
      headers: { 'content-type': contentType },
      limits: {
        fileSize: limits.maxFileBytes,
        files: limits.maxFiles,
        fields: 20,
        fieldSize: 1024,
        parts: limits.maxFiles + 20,
      },
    });
    parser.on('file', (_field: string, stream: BusboyFileStream, sentName: string) => {
      const checked = safeUploadName(sentName ?? '');
      if (refusal || 'reason' in checked) {
        if ('reason' in checked) refuse(badUpload(checked.reason));
        stream.resume();
        return;
      }
      if (received.some((file) => file.name === checked.name)) {
        refuse(badUpload(`Two files are named ${checked.name}; send one.`));
        stream.resume();
        return;
      }
      const file: ReceivedFile = { name: checked.name, bytes: 0 };
      received.push(file);
      const limit = checked.kind === 'plan' ? MAX_PLAN_BYTES : limits.maxFileBytes;
      stream.on('data', (chunk: Buffer) => {
        file.bytes += chunk.length;
        if (file.bytes > limit) stream.emit('limit');
      });
      stream.once('limit', () => {
        refuse(
          tooLarge(
            checked.kind === 'plan'
              ? `${checked.name} is over ${megabytes(MAX_PLAN_BYTES)}; a plan is a few kilobytes.`
              : `${checked.name} is over ${megabytes(limits.maxFileBytes)}, the largest file an import takes (IMPORT_MAX_FILE_MB).`,
          ),
        );
      });
      writes.push(pipeline(stream, createWriteStream(join(incoming, checked.name), { mode: 0o600 })));
    });
    parser.on('filesLimit', () => refuse(badUpload(`An upload holds at most ${limits.maxFiles} files; send fewer.`)));
    parser.on('partsLimit', () => refuse(badUpload(`An upload holds at most ${limits.maxFiles} files; send fewer.`)));
    const finished = once(parser, 'finish');
    finished.catch(() => {});
    // The parser is fed by hand so that its backpressure (a slow disk) reaches the socket.
    for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
      if (!parser.write(chunk)) await Promise.race([once(parser, 'drain'), finished]);
    }
    parser.end();
    await finished;
    await Promise.all(writes);
  } catch (error) {
    await Promise.allSettled(writes);
    rmSync(incoming, { recursive: true, force: true });
    if (refusal) throw refusal;
    if (error instanceof UploadRefusal) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOSPC')
      throw new UploadRefusal(
        507,
        'INSUFFICIENT_STORAGE',
        'The server has no room left for these files; ask its administrator.',
      );
    // A body that ends early or is not multipart after all: the parser's words are for developers.
    throw badUpload(
      'The upload could not be read as multipart/form-data (it was cut short or malformed); send the files again.',
    );
  }
  if (!refusal && received.length === 0)
    refuse(badUpload('The upload has no files: send .csv files (and import-plan.json) as multipart/form-data.'));
  const total = new Set([...existing, ...received.map((file) => file.name)]).size;
  if (!refusal && total > limits.maxFiles)
    refuse(
      badUpload(
        `An upload holds at most ${limits.maxFiles} files; this one would hold ${total}. Remove some, or start another.`,
      ),
    );
  if (refusal) {
    rmSync(incoming, { recursive: true, force: true });
    throw refusal;
  }
  for (const file of received) renameSync(join(incoming, file.name), join(folder, file.name));
  rmSync(incoming, { recursive: true, force: true });
  return received;
}

const tooLarge = (message: string) => new UploadRefusal(413, 'REQUEST_ENTITY_TOO_LARGE', message);
