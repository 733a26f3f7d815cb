/**
 * `./pnpmw budgets [--dist <dir>] [--site-url <url>] [--lighthouse-runs <n>] [--no-write]`: checks the
 * reader's site against its budgets, prints a table and its details, writes them to docs/budgets.md and
 * exits 1 when a budget fails. A command, not a test: Lighthouse and a site build take minutes.
 *
 * Without --dist it builds the site itself, as a fresh clone would, from a throwaway CMS with the demo
 * content, into a temporary folder removed afterwards. With --dist it checks a site already built; the
 * origin it was built for is read from its home page's canonical link, or given by --site-url. The site
 * is served over HTTP on 127.0.0.1 by sirv: on the port it was built for when that origin is
 * 127.0.0.1 or localhost and the port is free, else on any free port (absolute links to the built
 * origin are then checked against the served copy).
 *
 * Budgets: no JavaScript outside the search pages; article HTML plus CSS ≤ 30 KB gzipped; Lighthouse
 * (mobile) ≥ 95 in all four categories on the home page, an article and a partnership; no serious or
 * critical axe-core violation on those and the other main page types; valid HTML (html-validate); no
 * broken internal link (linkinator).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkArticleWeight, checkAxe, checkHtml, checkJavascript, checkLighthouse, checkLinks, type Outcome } from './budgets/checks.ts';
import { buildDemoSite } from './budgets/demo-site.ts';
import { articleWeights } from './budgets/page-weight.ts';
import { markdownReport, textSections, textTable } from './budgets/report.ts';
import { builtOrigin, builtPages, isPartnershipPage } from './budgets/site-files.ts';
import { ensureChromium } from './lib/chromium.ts';
import { ROOT } from './lib/paths.ts';
import { freePort } from './lib/ports.ts';
import { serveStatic } from './lib/static-server.ts';

const say = (line: string) => console.error(`\x1b[33m[budgets]\x1b[0m ${line}`);
const { values: args } = parseArgs({
  options: { dist: { type: 'string' }, 'site-url': { type: 'string' }, 'lighthouse-runs': { type: 'string', default: '5' }, 'no-write': { type: 'boolean' } },
});
const runs = Number(args['lighthouse-runs']);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--lighthouse-runs takes a whole number ≥ 1');

/** The port of the URL the site was built for, when that URL is on this machine. */
function localPort(siteUrl: string | undefined): number | undefined {
  const url = siteUrl ? new URL(siteUrl) : undefined;
  return url?.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(url.hostname) && url.port ? Number(url.port) : undefined;
}

/** Serves the built site on the port it was built for, or on any free one if that is taken or elsewhere. */
async function serve(dir: string, port: number | undefined): Promise<Awaited<ReturnType<typeof serveStatic>>> {
  if (port) {
    try {
      return await serveStatic({ dir, port });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      say(`port ${port} is taken: serving on another one (absolute links are checked against it all the same)`);
    }
  }
  return serveStatic({ dir, port: 0 });
}

const work = await mkdtemp(path.join(os.tmpdir(), 'atlas-budgets-'));
try {
  let dist: string;
  let builtFor = args['site-url'];
  if (args.dist) {
    dist = path.resolve(args.dist);
    builtFor ??= await builtOrigin(dist);
  } else {
    builtFor ??= `http://127.0.0.1:${await freePort()}`;
    dist = await buildDemoSite(work, builtFor, say);
  }
  const site = await serve(dist, localPort(builtFor));
  builtFor = builtFor ? new URL(builtFor).origin : site.url;
  try {
    const pages = await builtPages(dist);
    if (pages.length === 0) throw new Error(`no HTML page in ${dist}`);
    const chromiumPath = await ensureChromium(say);
    const exists = (urlPath: string) => pages.some((page) => page.urlPath === urlPath);

    // Lighthouse weighs the heaviest article, and the first partnership, in Vietnamese (the default language).
    const article = (await articleWeights(pages, dist)).find((weight) => !weight.urlPath.startsWith('/en/'))?.urlPath;
    const partnership = pages.find((page) => isPartnershipPage(page.urlPath) && !page.urlPath.startsWith('/en/'))?.urlPath;
    const home = exists('/') ? '/' : undefined;

    const outcomes: Outcome[] = [];
    say(`JavaScript and article weight over ${pages.length} pages…`);
    outcomes.push(await checkJavascript(pages), await checkArticleWeight(pages, dist));
    say(`Lighthouse, ${runs} run(s) on each of up to 3 pages…`);
    outcomes.push(
      await checkLighthouse(
        chromiumPath,
        site.url,
        [
          { label: 'home page', urlPath: home, missing: 'no home page built' },
          { label: 'article page', urlPath: article, missing: 'no article page built' },
          { label: 'partnership page', urlPath: partnership, missing: 'no partnership page built' },
        ],
        runs,
        builtFor,
      ),
    );
    say('axe-core…');
    const axePages = [home, article, partnership, '/partnerships/', '/map/', '/statistics/', '/search/', '/en/', '/en/search/'].filter((p): p is string =>
      Boolean(p),
    );
    outcomes.push(await checkAxe(chromiumPath, site.url, axePages, pages));
    say(`html-validate over ${pages.length} files…`);
    outcomes.push(await checkHtml(pages));
    say('internal links…');
    outcomes.push(await checkLinks(site.url, pages, builtFor));

    const rows = outcomes.flatMap((outcome) => outcome.rows);
    const sections = outcomes.flatMap((outcome) => outcome.sections);
    console.log(`\n${textTable(rows)}\n\n${textSections(sections)}\n`);
    if (!args['no-write']) {
      const command = ['./pnpmw budgets', ...process.argv.slice(2)].join(' ');
      const source = args.dist ? `${pages.length} pages built for ${builtFor}` : `${pages.length} pages built from the demo content by this command`;
      await writeFile(path.join(ROOT, 'docs', 'budgets.md'), markdownReport(rows, sections, { command, source }));
      say('written to docs/budgets.md');
    }
    const failed = rows.filter((row) => row.pass === false);
    say(failed.length === 0 ? 'all budgets met' : `${failed.length} budget(s) failed: ${failed.map((row) => row.budget).join('; ')}`);
    process.exitCode = failed.length === 0 ? 0 : 1;
  } finally {
    await site.close();
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
// Ends now even if a browser or server left a handle open; the code was set above (an error throws).
process.exit();
