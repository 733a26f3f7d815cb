/**
 * Idempotent, and an administrator's view settings survive a restart: a Strapi of this test's own (the
 * shared one cannot be restarted under the other tests) boots on an empty database of the same kind,
 * an administrator changes one label through the admin API, and a second boot on the same database
 * keeps it, rewrites nothing else (Strapi's own boot-time sync and this project's bootstrap agree) and
 * says so in one log line.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, assert, describe, expect, inject, it } from 'vitest';
import { startCms, type RunningCms } from '../../../scripts/lib/cms.ts';
import { freePort } from '../../../scripts/lib/ports.ts';
import { freshCmsSecrets } from '../../../scripts/lib/secrets.ts';
import { loginAsAdmin } from '../../../scripts/test-support/cms-http.ts';
import { readViewConfiguration, saveViewConfiguration } from '../../../scripts/test-support/content-manager-configuration.ts';

const cms = inject('cms');
const exec = promisify(execFile);
const psql = (sql: string) => exec('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-c', sql]);
const ARTICLE = 'api::article.article';
const APPLIED = '[atlas] content manager: field texts and layouts applied to';
const KEPT = "[atlas] content manager: kept the administrator's changes to api::article.article (metadatas.coverCaption)";

const secrets = freshCmsSecrets();
const pgName = `atlas_restart_${process.pid}_${Date.now()}`;
let workDir = '';
let running: RunningCms | null = null;

async function boot(): Promise<RunningCms> {
  workDir ||= await mkdtemp(path.join(os.tmpdir(), 'atlas-restart-'));
  const database: Record<string, string> =
    cms.db === 'postgres'
      ? {
          DATABASE_CLIENT: 'postgres',
          DATABASE_HOST: '127.0.0.1',
          DATABASE_PORT: '5432',
          DATABASE_NAME: pgName,
          DATABASE_USERNAME: 'postgres',
          DATABASE_PASSWORD: '',
        }
      : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(workDir, 'atlas.db') };
  running = await startCms(
    { ...secrets, ...database, REBUILD_TARGET: 'none', ATLAS_SEED_DEMO: 'false', NODE_ENV: cms.production ? 'production' : 'development' },
    { port: await freePort(), timeoutMs: 300_000 },
  );
  return running;
}

async function shutDown(): Promise<string> {
  const output = running?.output() ?? '';
  await running?.stop();
  running = null;
  return output;
}

afterAll(async () => {
  await shutDown();
  if (cms.db === 'postgres') await psql(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe(`content-manager views across a restart (${cms.db})`, () => {
  it("applies the views once, then keeps an administrator's label and rewrites nothing", async () => {
    if (cms.db === 'postgres') await psql(`CREATE DATABASE ${pgName}`);
    const first = await boot();
    const jwt = await loginAsAdmin(first.url, secrets.ATLAS_ADMIN_EMAIL ?? '', secrets.ATLAS_ADMIN_PASSWORD ?? '');
    const applied = await readViewConfiguration(first.url, jwt, ARTICLE);
    expect(applied.metadatas.coverCaption?.edit.label).toBe('Chú thích ảnh bìa');
    const changed = structuredClone(applied);
    const coverCaption = changed.metadatas.coverCaption;
    assert.isDefined(coverCaption);
    coverCaption.edit.label = 'Chú thích (quản trị đặt)';
    await saveViewConfiguration(first.url, jwt, changed);
    const firstLog = await shutDown();
    expect(firstLog).toContain(`${APPLIED} api::article.article`);

    const second = await boot();
    const secondJwt = await loginAsAdmin(second.url, secrets.ATLAS_ADMIN_EMAIL ?? '', secrets.ATLAS_ADMIN_PASSWORD ?? '');
    const after = await readViewConfiguration(second.url, secondJwt, ARTICLE);
    const secondLog = await shutDown();

    expect(after.metadatas.coverCaption?.edit.label).toBe('Chú thích (quản trị đặt)');
    expect(after.metadatas.coverAlt?.edit.label).toBe('Mô tả ảnh bìa');
    expect(after.layouts).toEqual(applied.layouts);
    expect(after.settings).toEqual(applied.settings);
    expect(secondLog.split('\n').filter((line) => line.includes(KEPT))).toHaveLength(1);
    expect(secondLog, 'the second boot rewrote a configuration').not.toContain(APPLIED);
  });
});
