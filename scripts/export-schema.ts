/**
 * `./pnpmw run schema:update` (then codegen): boots a throwaway Strapi — fresh secrets, a temporary SQLite
 * file, development mode because introspection is off in production, no demo content because the schema
 * does not depend on it — fetches its GraphQL schema, writes shared/graphql/schema.graphql exactly as the
 * drift test prints it (scripts/lib/graphql-schema.ts), and stops Strapi.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ensureCmsBuilt, readWhenPresent, startCms } from './lib/cms.ts';
import { fetchIntrospection, SCHEMA_FILE, schemaFileText } from './lib/graphql-schema.ts';
import { ROOT } from './lib/paths.ts';
import { freePort } from './lib/ports.ts';
import { freshCmsSecrets } from './lib/secrets.ts';

const say = (line: string) => console.error(`\x1b[36m[schema]\x1b[0m ${line}`);

await ensureCmsBuilt(say);
const work = await mkdtemp(path.join(os.tmpdir(), 'atlas-schema-'));
try {
  const tokenFile = path.join(work, 'site-build-token');
  say('starting a throwaway CMS…');
  const cms = await startCms(
    {
      ...freshCmsSecrets(),
      NODE_ENV: 'development',
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(work, 'schema.db'),
      ATLAS_SITE_TOKEN_FILE: tokenFile,
      ATLAS_SEED_DEMO: 'false',
      REBUILD_TARGET: 'none',
    },
    { port: await freePort() },
  );
  try {
    const text = schemaFileText(await fetchIntrospection(cms.url, await readWhenPresent(tokenFile)));
    const before = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
    await writeFile(SCHEMA_FILE, text);
    say(`${path.relative(ROOT, SCHEMA_FILE)} ${before === text ? 'unchanged' : 'updated'}`);
  } finally {
    await cms.stop();
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
