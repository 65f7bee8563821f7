import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.ts';

const root = resolve(import.meta.dirname, '../..');

describe('the types generated from the schema', () => {
  it('are what `npm run codegen` writes from the SDL and the explorer’s documents today', async () => {
    const files = (await generate({ ...config, cwd: root, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(files.length).toBe(Object.keys(config.generates).length);
    for (const file of files) {
      // One file at a time, so a failure names the stale file: run `npm run codegen`.
      expect({ file: file.filename, content: readFileSync(resolve(root, file.filename), 'utf8') }).toEqual({
        file: file.filename,
        content: file.content,
      });
    }
  }, 60_000);
});
