import { randomUUID } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, readlink, rename, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { SKIPPED_REPORT_FOLDER, type SkippedEntryReport } from '@atlas/shared/build-report';
import { SITE_DIR } from './paths.ts';
import { run } from './run.ts';

const ASTRO_BIN = path.join(SITE_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs');
/** Releases kept beside the live one, so the previous site can be put back by hand. */
const KEEP_RELEASES = 2;

/**
 * Builds the static site from the CMS into a staging folder, moves it into a fresh release folder, then
 * swaps it in atomically: `outDir` is a symbolic link to the live release and is replaced by a single
 * rename(2), so a reader never sees a half-written or missing site, and a build that fails (CMS down,
 * bad content) changes nothing. Beside `outDir` live its staging folder and its Astro cache (content
 * store and optimised images), both at fixed paths so that the next build is incremental.
 */
export interface SiteBuildResult {
  /** Entries left out because they break the content rules (the build warned about each). */
  skipped: SkippedEntryReport[];
}

export async function buildSite(options: { cmsUrl: string; token: string; outDir: string; quiet?: boolean }): Promise<SiteBuildResult> {
  const reportDir = `${options.outDir}.cache/report`;
  const releases = `${options.outDir}.releases`;
  const staging = `${options.outDir}.staging`;
  const release = path.join(releases, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}`);
  await mkdir(releases, { recursive: true });
  await rm(staging, { recursive: true, force: true });
  try {
    await run(process.execPath, [ASTRO_BIN, 'build'], {
      cwd: SITE_DIR,
      env: {
        ...process.env,
        CMS_URL: options.cmsUrl,
        CMS_TOKEN: options.token,
        ATLAS_SITE_OUT_DIR: staging,
        ATLAS_SITE_CACHE_DIR: `${options.outDir}.cache`,
        ATLAS_BUILD_REPORT_DIR: reportDir,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      quiet: options.quiet ?? false,
    });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await rename(staging, release);
  await swapIn(options.outDir, release);
  await pruneReleases(options.outDir, releases);
  return { skipped: await readSkipped(reportDir) };
}

async function readSkipped(reportDir: string): Promise<SkippedEntryReport[]> {
  const dir = path.join(reportDir, SKIPPED_REPORT_FOLDER);
  const files = (await readdir(dir).catch(() => [])).filter((name) => name.endsWith('.json')).sort();
  const lists = await Promise.all(files.map(async (name) => JSON.parse(await readFile(path.join(dir, name), 'utf8')) as SkippedEntryReport[]));
  return lists.flat();
}

async function swapIn(outDir: string, release: string): Promise<void> {
  const existing = await lstat(outDir).catch(() => null);
  // A plain folder from an older layout cannot be replaced atomically; it becomes a release once.
  if (existing?.isDirectory()) await rename(outDir, path.join(`${outDir}.releases`, `legacy-${Date.now()}`));
  const link = `${outDir}.link-${randomUUID().slice(0, 8)}`;
  await symlink(path.relative(path.dirname(outDir), release), link, 'dir');
  await rename(link, outDir);
}

async function pruneReleases(outDir: string, releases: string): Promise<void> {
  const live = path.basename(await readlink(outDir));
  const names = (await readdir(releases))
    .filter((name) => name !== live)
    .sort()
    .reverse();
  for (const name of names.slice(KEEP_RELEASES - 1)) await rm(path.join(releases, name), { recursive: true, force: true });
}
