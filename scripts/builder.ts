/**
 * `pnpm builder`: the local builder on its own, for self-hosting. Configuration from the environment:
 * REBUILD_SECRET (required), CMS_URL, CMS_TOKEN (required), SITE_OUT_DIR (default site/dist), BUILDER_PORT.
 */
import path from 'node:path';
import { SITE_DIR } from './lib/paths.ts';
import { ensureSharedBuilt } from './lib/shared.ts';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

const token = required('CMS_TOKEN');
await ensureSharedBuilt((line) => console.log(`[builder] ${line}`));
// The builder imports @atlas/shared (shared/dist/), so it is loaded only now that it is up to date: a
// static import would be resolved and read before this file's first line runs.
const { startLocalBuilder } = await import('./builder/local-builder.ts');
const builder = await startLocalBuilder({
  port: Number(process.env.BUILDER_PORT ?? 4322),
  secret: required('REBUILD_SECRET'),
  cmsUrl: process.env.CMS_URL ?? 'http://127.0.0.1:1337',
  token: async () => token,
  outDir: path.resolve(process.env.SITE_OUT_DIR ?? path.join(SITE_DIR, 'dist')),
  log: (line) => console.log(`[builder] ${line}`),
});
console.log(`[builder] listening on ${builder.url} (POST /hooks/rebuild, GET /status)`);
