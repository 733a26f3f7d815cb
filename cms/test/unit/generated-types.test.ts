/**
 * The committed cms/types/generated/ must be what Strapi generates from the current schemas: the CMS's
 * code is type-checked against them, so stale ones would let code that no longer fits a schema pass.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCmsTypes, GENERATED_TYPES_DIR, UPDATE_COMMAND } from '../../../scripts/lib/cms-types.ts';

describe('the generated content types', () => {
  // A child process that registers Strapi: about 3 s alone, more beside the other test files.
  it('are current with the schemas', { timeout: 120_000 }, async () => {
    for (const [name, generated] of await generateCmsTypes()) {
      const committed = await readFile(path.join(GENERATED_TYPES_DIR, name), 'utf8').catch(() => '(missing)');
      expect(committed, `cms/types/generated/${name} is out of date: run ${UPDATE_COMMAND} and commit the result`).toBe(generated);
    }
  });
});
