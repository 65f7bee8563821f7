import { describe, expect, it } from 'vitest';
import { readConfig } from '../../api/config.ts';
import { DEFAULT_MAX_FILE_BYTES } from '../../api/import/read-folder.ts';

const maxFileBytesFromEnv = (env: NodeJS.ProcessEnv) => readConfig(env).maxImportFileBytes;
import { explainImportFailure } from '../../api/import/import-errors.ts';
import { Neo4jError } from 'neo4j-driver';

describe('IMPORT_MAX_FILE_MB', () => {
  it('is read in megabytes, and a malformed value stops with its name instead of being ignored', () => {
    expect(maxFileBytesFromEnv({})).toBe(DEFAULT_MAX_FILE_BYTES);
    expect(maxFileBytesFromEnv({ IMPORT_MAX_FILE_MB: ' 64 ' })).toBe(64 * 1024 * 1024);
    expect(maxFileBytesFromEnv({ IMPORT_MAX_FILE_MB: '0.5' })).toBe(512 * 1024);
    for (const bad of ['256MB', '-1', '0', 'lots', '1e3']) {
      expect(() => maxFileBytesFromEnv({ IMPORT_MAX_FILE_MB: bad })).toThrow(
        `IMPORT_MAX_FILE_MB must be a number of megabytes above 0, got "${bad}"`,
      );
    }
  });
});

describe('an import Neo4j refuses for memory', () => {
  it('names the setting to raise and how, for the local Neo4j and for one of your own', () => {
    const refusal = new Neo4jError(
      'The allocation of an extra 2.0 MiB would use more than the limit 2.1 GiB. Currently using 2.1 GiB. dbms.memory.transaction.total.max threshold reached',
      'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      'N/A',
      'N/A',
    );
    const message = explainImportFailure(refusal, 'switching to the new graph').message;
    expect(message).toMatch(
      /^Neo4j ran out of transaction memory while switching to the new graph \(Neo\.TransientError\.General\.MemoryPoolOutOfMemoryError: The allocation/,
    );
    expect(message).toContain('LOCAL_NEO4J_HEAP=6g npm start');
    expect(message).toContain('npm run neo4j -- --restart');
    expect(message).toContain('server.memory.heap.max_size and dbms.memory.transaction.total.max');
    const other = new Error('something else');
    expect(explainImportFailure(other, 'x')).toBe(other);
  });
});
