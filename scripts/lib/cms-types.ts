import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CMS_DIR } from './paths.ts';
import { run } from './run.ts';
import { freshCmsSecrets } from './secrets.ts';

/**
 * Strapi's generated types of the CMS's content types and components (cms/types/generated/), which type
 * `strapi.documents(…)` and the rest of Strapi's API by the project's schemas. Committed, so the code
 * type-checks without a Strapi run; `./pnpmw run cms:types` rewrites them, and a unit test
 * (cms/test/unit/generated-types.test.ts) fails when they are out of date.
 */
export const GENERATED_TYPES_DIR = path.join(CMS_DIR, 'types', 'generated');
export const GENERATED_TYPE_FILES = ['contentTypes.d.ts', 'components.d.ts'] as const;
export const UPDATE_COMMAND = './pnpmw run cms:types';

const WORKER = fileURLToPath(new URL('./cms-types-worker.ts', import.meta.url));

/** Generates the files afresh (about 3 s: see cms-types-worker.ts) and returns their text by file name. */
export async function generateCmsTypes(): Promise<Map<string, string>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-cms-types-'));
  try {
    await run(process.execPath, [WORKER, dir], {
      // cms/, as `strapi develop`: the generator formats with the Prettier config found from here.
      cwd: CMS_DIR,
      // The config refuses to load without secrets (none of them reaches the types); development, as
      // `strapi develop` generates.
      env: { ...process.env, ...freshCmsSecrets(), NODE_ENV: 'development' },
      quiet: true,
    });
    const files = await Promise.all(GENERATED_TYPE_FILES.map(async (name) => [name, await readFile(path.join(dir, 'generated', name), 'utf8')] as const));
    return new Map(files);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
