/**
 * Vitest global setup of the integration tests: builds the CMS if its sources changed, then boots a
 * real Strapi on a throwaway database (a temporary SQLite file, or a fresh PostgreSQL database on
 * 127.0.0.1:5432 when ATLAS_TEST_DB=postgres), with the demo content, and tears it all down afterwards.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { ensureCmsBuilt, readWhenPresent, startCms } from '../lib/cms.ts';
import { freshCmsSecrets } from '../lib/secrets.ts';
import type { CmsUnderTest } from './cms-under-test.ts';

const exec = promisify(execFile);

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const psql = (sql: string) => exec('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-c', sql]);

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const db = process.env.ATLAS_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
  await ensureCmsBuilt();
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-test-'));
  const pgName = `atlas_test_${process.pid}_${Date.now()}`;
  const dbEnv: Record<string, string> =
    db === 'postgres'
      ? { DATABASE_CLIENT: 'postgres', DATABASE_HOST: '127.0.0.1', DATABASE_PORT: '5432', DATABASE_NAME: pgName, DATABASE_USERNAME: 'postgres', DATABASE_PASSWORD: '' }
      : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(workDir, 'atlas.db') };
  if (db === 'postgres') await psql(`CREATE DATABASE ${pgName}`);

  const secrets = freshCmsSecrets();
  const tokenFile = path.join(workDir, 'site-build-token');
  const started = Date.now();
  const production = db === 'postgres';
  const nodeEnv = production ? 'production' : 'development';
  const cms = await startCms({ ...secrets, ...dbEnv, ATLAS_SITE_TOKEN_FILE: tokenFile, NODE_ENV: nodeEnv }, { port: await freePort(), timeoutMs: 300_000 });
  const token = await readWhenPresent(tokenFile);
  console.error(`[integration] Strapi (${nodeEnv}) on ${db} ready at ${cms.url} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const underTest: CmsUnderTest = {
    url: cms.url,
    db,
    production,
    buildToken: token,
    adminEmail: secrets.ATLAS_ADMIN_EMAIL ?? '',
    adminPassword: secrets.ATLAS_ADMIN_PASSWORD ?? '',
  };
  project.provide('cms', underTest);

  return async () => {
    await cms.stop();
    if (db === 'postgres') await psql(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
    await rm(workDir, { recursive: true, force: true });
  };
}
