import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { PLAN_FILE } from '../sources/import-plan.ts';
import { UploadRefusal } from './upload-refusal.ts';
import type { UploadRun } from './upload-run.ts';
import type { UploadSettings } from './upload-settings.ts';

/** What the server keeps about an upload beside its files. */
export interface UploadRecord {
  id: string;
  /** Whose upload it is: the key's name (`key 2`), or `local` without keys. Nobody else sees it. */
  owner: string;
  createdAt: string;
  /** Last time a file, the plan or a run changed it; an upload idle past maxAgeMs is removed. */
  touchedAt: string;
  /** The last dry run's or import's outcome. */
  run?: UploadRun;
}

const ID = /^[0-9a-f]{32}$/;
const RECORD_FILE = 'upload.json';
const FILES_FOLDER = 'files';

/**
 * The upload folders: `<root>/<id>/upload.json` (the record) and
 * `<root>/<id>/files/` (the data folder the importer reads). Ids are 128
 * random bits, so a folder's name says nothing and cannot be guessed; an
 * upload is found only by the key (or local user) that made it. The root is
 * created private to this process's user, and refused if someone else owns
 * it (a shared temp dir).
 */
export class UploadFolders {
  /** Uploads with a request, a dry run or an import at work on them: never swept, never trimmed. */
  private readonly busy = new Map<string, string>();

  constructor(private readonly settings: UploadSettings) {}

  /** A new, empty upload for `owner`; its oldest idle uploads go when it has too many, and every upload idle past a day. */
  create(owner: string, now = new Date()): UploadRecord {
    this.ensureRoot();
    this.sweep(now);
    const mine = this.list()
      .filter((record) => record.owner === owner)
      .sort((a, b) => a.touchedAt.localeCompare(b.touchedAt));
    while (mine.length >= this.settings.maxUploadsPerUser) {
      const oldest = mine.findIndex((record) => !this.busy.has(record.id));
      if (oldest === -1)
        throw new UploadRefusal(
          409,
          'UPLOAD_BUSY',
          `You have ${mine.length} uploads at work already; wait for one to finish.`,
        );
      this.remove(mine[oldest]!.id);
      mine.splice(oldest, 1);
    }
    const id = randomBytes(16).toString('hex');
    mkdirSync(join(this.settings.root, id, FILES_FOLDER), { recursive: true, mode: 0o700 });
    const record: UploadRecord = { id, owner, createdAt: now.toISOString(), touchedAt: now.toISOString() };
    this.save(record);
    return record;
  }

  /** The upload `id` of `owner`; 404 when there is none, or it is someone else's (which is not said). */
  get(id: string, owner: string): UploadRecord {
    const record = ID.test(id) ? this.read(id) : undefined;
    if (!record || record.owner !== owner)
      throw new UploadRefusal(
        404,
        'NOT_FOUND',
        `No upload ${JSON.stringify(id.slice(0, 40))}: it was never made, was removed after a day, or is another key’s.`,
      );
    return record;
  }

  save(record: UploadRecord): void {
    const path = join(this.settings.root, record.id, RECORD_FILE);
    // Written aside and renamed: a reader never sees half a record.
    writeFileSync(`${path}.tmp`, JSON.stringify(record), { mode: 0o600 });
    renameSync(`${path}.tmp`, path);
  }

  touch(record: UploadRecord, now = new Date()): void {
    record.touchedAt = now.toISOString();
    this.save(record);
  }

  /** The data folder the importer reads. */
  folderOf(id: string): string {
    return join(this.settings.root, id, FILES_FOLDER);
  }

  /** The upload's files, by name, with their sizes; none once an import took them. */
  files(id: string): { name: string; bytes: number }[] {
    const folder = this.folderOf(id);
    if (!existsSync(folder)) return [];
    return (
      readdirSync(folder)
        // The plan and the README are the upload's own notes, not files the person added.
        .filter((name) => !name.startsWith('.') && name !== 'README.md' && name !== PLAN_FILE)
        .sort()
        .map((name) => ({ name, bytes: statSync(join(folder, name)).size }))
    );
  }

  /** Removes the files once they are imported; the record stays until the upload's day is up, for its outcome. */
  removeFiles(id: string): void {
    rmSync(this.folderOf(id), { recursive: true, force: true });
  }

  remove(id: string): void {
    rmSync(join(this.settings.root, id), { recursive: true, force: true });
  }

  /** Marks an upload at work for the length of `work`; a second piece of work on it meanwhile is refused (409). */
  async whileBusy<T>(id: string, what: string, work: () => Promise<T>): Promise<T> {
    this.claim(id, what);
    try {
      return await work();
    } finally {
      this.release(id);
    }
  }

  claim(id: string, what: string): void {
    const doing = this.busy.get(id);
    if (doing)
      throw new UploadRefusal(409, 'UPLOAD_BUSY', `This upload is busy (${doing}); try again when it is done.`);
    this.busy.set(id, what);
  }

  release(id: string): void {
    this.busy.delete(id);
  }

  isBusy(id: string): boolean {
    return this.busy.has(id);
  }

  /** Removes every upload idle past maxAgeMs (and any half-made folder as old), except those at work. */
  sweep(now = new Date()): void {
    if (!existsSync(this.settings.root)) return;
    const cutoff = now.getTime() - this.settings.maxAgeMs;
    for (const id of readdirSync(this.settings.root)) {
      if (!ID.test(id) || this.busy.has(id)) continue;
      const record = this.read(id);
      const last = record ? Date.parse(record.touchedAt) : statSync(join(this.settings.root, id)).mtimeMs;
      if (last < cutoff) this.remove(id);
    }
  }

  private list(): UploadRecord[] {
    if (!existsSync(this.settings.root)) return [];
    return readdirSync(this.settings.root)
      .filter((id) => ID.test(id))
      .map((id) => this.read(id))
      .filter((record): record is UploadRecord => record !== undefined);
  }

  private read(id: string): UploadRecord | undefined {
    try {
      return JSON.parse(readFileSync(join(this.settings.root, id, RECORD_FILE), 'utf8')) as UploadRecord;
    } catch {
      return undefined;
    }
  }

  private ensureRoot(): void {
    const { root } = this.settings;
    mkdirSync(root, { recursive: true, mode: 0o700 });
    // In a shared temp dir another user could have made the folder first (or a link to theirs): refuse to store data there.
    const stat = lstatSync(root);
    const uid = process.getuid?.();
    if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid)) {
      throw new UploadRefusal(
        500,
        'INTERNAL_SERVER_ERROR',
        'The upload folder is not this server’s own; uploads are off until an administrator removes it.',
      );
    }
    if ((stat.mode & 0o077) !== 0) chmodSync(root, 0o700);
  }
}
