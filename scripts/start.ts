/**
 * `./pnpmw start`: the whole system on this machine. Generates the CMS's secrets on first run, builds
 * and starts Strapi on SQLite (demo content loaded into an empty database), builds the static site from
 * it over GraphQL, and serves both. Ctrl-C stops everything it started.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureCmsBuilt, readWhenPresent, startCms } from './lib/cms.ts';
import { CMS_ENV_FILE, SITE_DIR, SITE_TOKEN_FILE } from './lib/paths.ts';
import { stop } from './lib/run.ts';
import { ensureEnvFile } from './lib/secrets.ts';
import { buildSite } from './lib/site.ts';

const CMS_PORT = Number(process.env.CMS_PORT ?? 1337);
const SITE_PORT = Number(process.env.SITE_PORT ?? 4321);
const say = (line: string) => console.log(`\x1b[36m[atlas]\x1b[0m ${line}`);

const secrets = await ensureEnvFile(CMS_ENV_FILE);
await ensureCmsBuilt(say);

say('Starting the CMS…');
const cms = await startCms({ ATLAS_SITE_TOKEN_FILE: SITE_TOKEN_FILE }, { port: CMS_PORT, echo: process.env.ATLAS_VERBOSE === '1' });
const children = [cms.process];
let stopping = false;
const shutdown = async (code: number) => {
  if (stopping) return;
  stopping = true;
  say('Stopping…');
  await Promise.all(children.map((child) => stop(child)));
  process.exit(code);
};
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
cms.process.on('exit', (code) => {
  if (stopping) return;
  console.error(cms.output().slice(-4000));
  say(`The CMS stopped (exit ${code}).`);
  void shutdown(1);
});

try {
  const token = await readWhenPresent(SITE_TOKEN_FILE);
  say('Building the static site from the CMS…');
  const started = Date.now();
  await buildSite({ cmsUrl: cms.url, token, outDir: path.join(SITE_DIR, 'dist'), quiet: true });
  say(`Site built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}

const preview = spawn(process.execPath, [path.join(SITE_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(SITE_PORT)], {
  cwd: SITE_DIR,
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: 'ignore',
});
children.push(preview);

say('Ready.');
console.log(`
  Admin (Strapi):   ${cms.url}/admin
    log in as       ${secrets.ATLAS_ADMIN_EMAIL}
    password        ${secrets.ATLAS_ADMIN_PASSWORD}   (generated on first run; kept in cms/.env)
  GraphQL:          ${cms.url}/graphql
  Static site:      http://127.0.0.1:${SITE_PORT}/

  Press Ctrl-C to stop.
`);
