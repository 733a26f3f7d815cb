/**
 * `./pnpmw start`: the whole system on this machine. Generates the CMS's secrets on first run, builds
 * and starts Strapi on SQLite (demo content loaded into an empty database), runs the local builder
 * (which the CMS calls, signed, whenever an editor publishes), builds the static site through it and
 * serves it. Ctrl-C stops everything it started.
 */
import path from 'node:path';
import { ensureCmsBuilt, readWhenPresent, startCms } from './lib/cms.ts';
import { CMS_ENV_FILE, SITE_DIR, SITE_TOKEN_FILE } from './lib/paths.ts';
import { stop } from './lib/run.ts';
import { ensureEnvFile } from './lib/secrets.ts';
import { serveStatic } from './lib/static-server.ts';

const CMS_PORT = Number(process.env.CMS_PORT ?? 1337);
const SITE_PORT = Number(process.env.SITE_PORT ?? 4321);
const BUILDER_PORT = Number(process.env.BUILDER_PORT ?? 4322);
const say = (line: string) => console.log(`\x1b[36m[atlas]\x1b[0m ${line}`);

const secrets = await ensureEnvFile(CMS_ENV_FILE);
await ensureCmsBuilt(say); // compiles shared/ first when its sources changed
// The builder imports @atlas/shared (shared/dist/), so it is loaded only now that it is up to date: a
// static import would be resolved and read before this file's first line runs.
const { startLocalBuilder } = await import('./builder/local-builder.ts');

const builder = await startLocalBuilder({
  port: BUILDER_PORT,
  secret: secrets.REBUILD_SECRET ?? '',
  cmsUrl: `http://127.0.0.1:${CMS_PORT}`,
  token: () => readWhenPresent(SITE_TOKEN_FILE),
  outDir: path.join(SITE_DIR, 'dist'),
  log: (line) => say(`builder: ${line}`),
});

say('Starting the CMS…');
const cms = await startCms(
  {
    ATLAS_SITE_TOKEN_FILE: SITE_TOKEN_FILE,
    REBUILD_TARGET: 'local',
    REBUILD_URL: `${builder.url}/hooks/rebuild`,
    REBUILD_STATUS_URL: `${builder.url}/status`,
    REBUILD_SECRET: secrets.REBUILD_SECRET ?? '',
  },
  { port: CMS_PORT, echo: process.env.ATLAS_VERBOSE === '1' },
);
const children = [cms.process];
const closers = [builder.close];
let stopping = false;
const shutdown = async (code: number) => {
  if (stopping) return;
  stopping = true;
  say('Stopping…');
  await Promise.all([...closers.map((close) => close()), ...children.map((child) => stop(child))]);
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

builder.queue.request('startup');
await builder.queue.idle();
const first = builder.queue.status().last;
if (first?.state !== 'succeeded') {
  console.error(first?.error ?? 'the first site build did not run');
  await shutdown(1);
}

const site = await serveStatic({ dir: path.join(SITE_DIR, 'dist'), port: SITE_PORT });
closers.push(site.close);

say('Ready.');
console.log(`
  Admin (Strapi):   ${cms.url}/admin
    log in as       ${secrets.ATLAS_ADMIN_EMAIL}
    password        ${secrets.ATLAS_ADMIN_PASSWORD}   (generated on first run; kept in cms/.env)
  GraphQL:          ${cms.url}/graphql
  Static site:      ${site.url}/
  Builder status:   ${builder.url}/status

  Publish in the admin and the site rebuilds by itself within seconds.
  Press Ctrl-C to stop.
`);
