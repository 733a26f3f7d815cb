import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { SITE_DIR } from './paths.ts';
import { run } from './run.ts';

const ASTRO_BIN = path.join(SITE_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * Builds the static site from the CMS into a fresh folder, then swaps it in for `outDir`: a build that
 * fails (CMS down, bad content) leaves the previous site exactly as it was.
 */
export async function buildSite(options: { cmsUrl: string; token: string; outDir: string; quiet?: boolean }): Promise<void> {
  const staging = `${options.outDir}.next`;
  const previous = `${options.outDir}.previous`;
  await rm(staging, { recursive: true, force: true });
  try {
    await run(process.execPath, [ASTRO_BIN, 'build'], {
      cwd: SITE_DIR,
      env: { ...process.env, CMS_URL: options.cmsUrl, CMS_TOKEN: options.token, ATLAS_SITE_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
      quiet: options.quiet ?? false,
    });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
  if (existsSync(options.outDir)) await rename(options.outDir, previous);
  await rename(staging, options.outDir);
  await rm(previous, { recursive: true, force: true });
}
