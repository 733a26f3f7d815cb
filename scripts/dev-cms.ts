/**
 * `./pnpmw cms`: the CMS alone (SQLite, demo content), for working on the site with `astro dev` or
 * `./pnpmw site:build`. Prints the URL and where the site's read-only token is. Ctrl-C stops it.
 */
import { ensureCmsBuilt, startCms } from './lib/cms.ts';
import { CMS_ENV_FILE, SITE_TOKEN_FILE } from './lib/paths.ts';
import { stop } from './lib/run.ts';
import { ensureEnvFile } from './lib/secrets.ts';

const port = Number(process.env.CMS_PORT ?? 1337);
const say = (line: string) => console.log(`\x1b[36m[atlas]\x1b[0m ${line}`);

await ensureEnvFile(CMS_ENV_FILE);
await ensureCmsBuilt(say);
say('Starting the CMS…');
const cms = await startCms({ ATLAS_SITE_TOKEN_FILE: SITE_TOKEN_FILE, REBUILD_TARGET: 'none' }, { port, echo: process.env.ATLAS_VERBOSE === '1' });
say(`CMS ready at ${cms.url}/admin; the site's token is in ${SITE_TOKEN_FILE}.`);
say(`Build the site: CMS_URL=${cms.url} CMS_TOKEN=$(cat ${SITE_TOKEN_FILE}) ./pnpmw site:build`);
const shutdown = () => void stop(cms.process).then(() => process.exit(0));
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
