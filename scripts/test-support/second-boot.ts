import { startCms } from '../lib/cms.ts';
import { freePort } from '../lib/ports.ts';
import type { CmsUnderTest } from './cms-under-test.ts';

/**
 * Boots a second, short-lived Strapi on the database of the one under test, waits until it answers
 * (Strapi listens only once its bootstrap has run) and stops it: what a restart does to existing data,
 * without stopping the instance the other test files share (the global setup owns that process, and a
 * test cannot call into it).
 *
 * Two Strapi processes on one database is how a scaled-out CMS runs on PostgreSQL. On SQLite it is
 * sound too, as long as the shared instance is idle while the second boots (the test makes no request
 * meanwhile and test files run one at a time): SQLite serialises writers across processes with file
 * locks, and better-sqlite3 waits out a short lock instead of failing.
 *
 * The second Strapi has the same secrets (the site-build token's key decrypts, so it is left alone),
 * sends no rebuild trigger, loads no demo content and writes no token file.
 */
export async function bootSecondCms(cms: CmsUnderTest): Promise<{ seconds: number; output: string }> {
  const started = Date.now();
  const second = await startCms({ ...cms.env, REBUILD_TARGET: 'none', ATLAS_SEED_DEMO: 'false' }, { port: await freePort(), timeoutMs: 180_000 });
  const output = second.output();
  await second.stop();
  return { seconds: (Date.now() - started) / 1000, output };
}
