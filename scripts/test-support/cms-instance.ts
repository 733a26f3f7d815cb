/**
 * Vitest global setup of the integration tests: builds the CMS if its sources changed, then boots a
 * real Strapi on a throwaway database (a temporary SQLite file, or a fresh PostgreSQL database on
 * 127.0.0.1:5432 when ATLAS_TEST_DB=postgres), with the demo content, wired as the start command wires
 * it: its rebuild triggers go, signed, to a real local builder whose live folder a static server serves.
 * Everything is torn down afterwards.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { startLocalBuilder } from '../builder/local-builder.ts';
import { ensureCmsBuilt, readWhenPresent, startCms } from '../lib/cms.ts';
import { freePort } from '../lib/ports.ts';
import { freshCmsSecrets } from '../lib/secrets.ts';
import { serveStatic } from '../lib/static-server.ts';
import { loginAsAdmin } from './cms-http.ts';
import type { CmsUnderTest } from './cms-under-test.ts';

const exec = promisify(execFile);

const psql = (sql: string) => exec('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-c', sql]);

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const db = process.env.ATLAS_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
  await ensureCmsBuilt();
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-test-'));
  const pgName = `atlas_test_${process.pid}_${Date.now()}`;
  const dbEnv: Record<string, string> =
    db === 'postgres'
      ? {
          DATABASE_CLIENT: 'postgres',
          DATABASE_HOST: '127.0.0.1',
          DATABASE_PORT: '5432',
          DATABASE_NAME: pgName,
          DATABASE_USERNAME: 'postgres',
          DATABASE_PASSWORD: '',
        }
      : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(workDir, 'atlas.db') };
  if (db === 'postgres') await psql(`CREATE DATABASE ${pgName}`);

  const secrets = freshCmsSecrets();
  const tokenFile = path.join(workDir, 'site-build-token');
  const started = Date.now();
  const production = db === 'postgres';
  const nodeEnv = production ? 'production' : 'development';
  const cmsPort = await freePort();
  const liveDir = path.join(workDir, 'live');
  const rebuildSecret = randomBytes(32).toString('base64url');
  const builder = await startLocalBuilder({
    port: 0,
    secret: rebuildSecret,
    cmsUrl: `http://127.0.0.1:${cmsPort}`,
    token: () => readWhenPresent(tokenFile),
    outDir: liveDir,
  });
  const rebuildEnv = {
    REBUILD_TARGET: 'local',
    REBUILD_URL: `${builder.url}/hooks/rebuild`,
    REBUILD_STATUS_URL: `${builder.url}/status`,
    REBUILD_SECRET: rebuildSecret,
    REBUILD_QUIET_MS: '2000',
    REBUILD_MAX_WAIT_MS: '30000',
  };
  const cmsEnv = { ...secrets, ...dbEnv, NODE_ENV: nodeEnv };
  const cms = await startCms({ ...cmsEnv, ...rebuildEnv, ATLAS_SITE_TOKEN_FILE: tokenFile }, { port: cmsPort, timeoutMs: 300_000 });
  const token = await readWhenPresent(tokenFile);
  const live = await serveStatic({ dir: liveDir, port: 0 });
  console.error(`[integration] Strapi (${nodeEnv}) on ${db} ready at ${cms.url} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const underTest: CmsUnderTest = {
    url: cms.url,
    db,
    database: db === 'postgres' ? { client: 'postgres', name: pgName } : { client: 'sqlite', filename: dbEnv.DATABASE_FILENAME ?? '' },
    production,
    buildToken: token,
    adminEmail: secrets.ATLAS_ADMIN_EMAIL ?? '',
    adminPassword: secrets.ATLAS_ADMIN_PASSWORD ?? '',
    adminJwt: await loginAsAdmin(cms.url, secrets.ATLAS_ADMIN_EMAIL ?? '', secrets.ATLAS_ADMIN_PASSWORD ?? ''),
    site: { builderUrl: builder.url, liveDir, liveUrl: live.url, quietMs: Number(rebuildEnv.REBUILD_QUIET_MS) },
    env: cmsEnv,
  };
  project.provide('cms', underTest);

  return async () => {
    await cms.stop();
    await builder.queue.idle();
    await Promise.all([builder.close(), live.close()]);
    if (db === 'postgres') await psql(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
    await rm(workDir, { recursive: true, force: true });
  };
}
