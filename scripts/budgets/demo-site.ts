import path from 'node:path';
import { ensureCmsBuilt, readWhenPresent, startCms } from '../lib/cms.ts';
import { freePort } from '../lib/ports.ts';
import { freshCmsSecrets } from '../lib/secrets.ts';

/**
 * The reader's site as a fresh clone builds it: a throwaway CMS (SQLite in `work`, fresh secrets, the
 * demo content it loads into an empty database, no rebuild hook) and one site build from it for
 * `siteUrl`, into `work/dist`. The CMS is stopped before returning, whatever happens.
 */
export async function buildDemoSite(work: string, siteUrl: string, log: (line: string) => void): Promise<string> {
  await ensureCmsBuilt(log); // compiles shared/ first when its sources changed
  // The site build imports @atlas/shared (shared/dist/): loaded only now that it is up to date, and not at
  // all when the budgets check a site built elsewhere (--dist).
  const { buildSite } = await import('../lib/site.ts');
  const tokenFile = path.join(work, 'site-build-token');
  log('starting a throwaway CMS with the demo content…');
  const cms = await startCms(
    { ...freshCmsSecrets(), DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(work, 'cms.db'), ATLAS_SITE_TOKEN_FILE: tokenFile, REBUILD_TARGET: 'none' },
    { port: await freePort() },
  );
  try {
    const outDir = path.join(work, 'dist');
    log(`building the site for ${siteUrl} (a minute or more)…`);
    // buildSite passes this process's environment to Astro, whose config reads the site's URL from it:
    // canonical and hreflang links then name the server the checks open, as they name the real domain.
    process.env.SITE_URL = siteUrl;
    await buildSite({ cmsUrl: cms.url, token: await readWhenPresent(tokenFile), outDir, quiet: true });
    return outDir;
  } finally {
    await cms.stop();
  }
}
