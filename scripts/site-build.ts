/**
 * `./pnpmw run site:build`: one build of the static site from CMS_URL with CMS_TOKEN into site/dist/ (the
 * deploy workflow's build). Straight `astro build`, without the local builder's release folders; the site
 * imports @atlas/shared, so shared/dist/ is brought up to date first.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { SITE_DIR } from './lib/paths.ts';
import { ensureSharedBuilt } from './lib/shared.ts';

const ASTRO_BIN = path.join(SITE_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs');

await ensureSharedBuilt((line) => console.error(`[shared] ${line}`));
const astro = spawn(process.execPath, [ASTRO_BIN, 'build', ...process.argv.slice(2)], { cwd: SITE_DIR, stdio: 'inherit' });
astro.on('exit', (code, signal) => {
  if (signal) console.error(`astro build stopped by ${signal}`);
  process.exitCode = code ?? 1;
});
