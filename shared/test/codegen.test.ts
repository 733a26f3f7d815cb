/**
 * The typed documents in src/graphql/generated/ are what graphql-codegen makes of the committed schema
 * and queries today: a query edited without `./pnpmw run codegen`, or a schema export without it, fails.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { expect, it } from 'vitest';
import config from '../codegen.ts';

const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

it('the generated GraphQL types are up to date', async () => {
  const cwd = process.cwd();
  process.chdir(SHARED);
  try {
    const outputs = (await generate({ ...config, silent: true }, false)) as Array<{ filename: string; content: string }>;
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = await readFile(path.resolve(SHARED, output.filename), 'utf8').catch(() => '');
      expect(committed, `${output.filename} is stale: run ./pnpmw run codegen`).toBe(output.content);
    }
  } finally {
    process.chdir(cwd);
  }
}, 60_000);
