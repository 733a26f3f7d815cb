/**
 * `./pnpmw budgets [--dist <dir> --site-url <url>]`: checks the reader's site against its budgets and
 * prints a table (also written to docs/budgets.md); exits 1 when a budget fails. Without --dist it
 * builds the site itself from a throwaway CMS with the demo content. Budgets: no JavaScript outside the
 * search pages; article HTML plus CSS ≤ 30 KB gzipped; Lighthouse ≥ 95 in all four categories on the
 * home, an article and a partnership page; no serious or critical axe-core violation; valid HTML
 * (html-validate); no broken internal link.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { axeViolations } from './budgets/axe.ts';
import { htmlProblems } from './budgets/html-validity.ts';
import { javascriptBudget } from './budgets/javascript.ts';
import { CATEGORIES, lighthouseScores } from './budgets/lighthouse.ts';
import { brokenLinks } from './budgets/links.ts';
import { articleWeights } from './budgets/page-weight.ts';
import { markdownReport, textTable, type BudgetRow } from './budgets/report.ts';
import { builtPages, isArticlePage } from './budgets/site-files.ts';
import { ensureChromium } from './lib/chromium.ts';
import { ensureCmsBuilt, readWhenPresent, startCms } from './lib/cms.ts';
import { ROOT } from './lib/paths.ts';
import { freePort } from './lib/ports.ts';
import { freshCmsSecrets } from './lib/secrets.ts';
import { buildSite } from './lib/site.ts';
import { serveStatic } from './lib/static-server.ts';

const ARTICLE_BUDGET_BYTES = 30 * 1024;
const LIGHTHOUSE_MIN = 95;
const say = (line: string) => console.error(`\x1b[33m[budgets]\x1b[0m ${line}`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const { values: args } = parseArgs({ options: { dist: { type: 'string' }, 'site-url': { type: 'string' }, 'no-write': { type: 'boolean' } } });

/** Builds the site from a throwaway CMS (SQLite, demo content) for the given site URL. */
async function buildFromDemo(work: string, siteUrl: string): Promise<string> {
  await ensureCmsBuilt(say);
  const tokenFile = path.join(work, 'site-build-token');
  say('starting a throwaway CMS with the demo content…');
  const cms = await startCms(
    { ...freshCmsSecrets(), DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(work, 'cms.db'), ATLAS_SITE_TOKEN_FILE: tokenFile, REBUILD_TARGET: 'none' },
    { port: await freePort() },
  );
  try {
    const outDir = path.join(work, 'dist');
    say('building the site…');
    // Canonical URLs and hreflang point at the server the checks open, as they would at the real domain.
    process.env.SITE_URL = siteUrl;
    await buildSite({ cmsUrl: cms.url, token: await readWhenPresent(tokenFile), outDir, quiet: true });
    return outDir;
  } finally {
    await cms.stop();
  }
}

const work = await mkdtemp(path.join(os.tmpdir(), 'atlas-budgets-'));
const port = args['site-url'] ? Number(new URL(args['site-url']).port) : await freePort();
let exitCode = 0;
try {
  const dist = args.dist ? path.resolve(args.dist) : await buildFromDemo(work, `http://127.0.0.1:${port}`);
  const site = await serveStatic({ dir: dist, port });
  try {
    const pages = await builtPages(dist);
    const chromiumPath = await ensureChromium(say);
    const rows: BudgetRow[] = [];
    const details: string[] = [];

    say(`JavaScript on ${pages.length} pages…`);
    const scripts = await javascriptBudget(pages);
    const withScripts = new Set(scripts.findings.map((finding) => finding.urlPath));
    rows.push({ budget: 'no JavaScript outside search', target: '0 pages', measured: `${withScripts.size} of ${scripts.checked} pages (search pages with JS: ${scripts.searchPagesWithScripts})`, pass: withScripts.size === 0 });
    if (scripts.findings.length > 0) details.push('## Pages with JavaScript', '', ...scripts.findings.slice(0, 20).map((f) => `- ${f.urlPath}: \`${f.what}\``), '');

    const weights = await articleWeights(pages, dist);
    const heaviest = weights[0];
    rows.push({
      budget: 'article HTML + CSS, gzip',
      target: `≤ ${kb(ARTICLE_BUDGET_BYTES)}`,
      measured: heaviest ? `max ${kb(heaviest.compressedBytes)} over ${weights.length} articles (${heaviest.urlPath})` : 'no article page',
      pass: heaviest ? heaviest.compressedBytes <= ARTICLE_BUDGET_BYTES : null,
    });

    const article = pages.find((page) => isArticlePage(page.urlPath) && !page.urlPath.startsWith('/en/'));
    const partnership = pages.find((page) => /^\/partnerships\/(?!(country|type|status|field)\/)[^/]+\/$/.test(page.urlPath));
    const keyPages = ['/', article?.urlPath, partnership?.urlPath].filter((p): p is string => Boolean(p)).map((p) => `${site.url}${p}`);

    say(`Lighthouse on ${keyPages.length} pages…`);
    for (const result of await lighthouseScores(chromiumPath, keyPages)) {
      const lowest = Math.min(...CATEGORIES.map((category) => result.scores[category]));
      rows.push({
        budget: `Lighthouse ${new URL(result.url).pathname}`,
        target: `≥ ${LIGHTHOUSE_MIN} ×4`,
        measured: CATEGORIES.map((category) => `${category} ${result.scores[category]}`).join(' · '),
        pass: lowest >= LIGHTHOUSE_MIN,
      });
      if (result.failing.length > 0) details.push(`## Lighthouse audits below 90 on ${new URL(result.url).pathname}`, '', ...result.failing.map((audit) => `- ${audit}`), '');
    }

    const axePaths = ['/', article?.urlPath, partnership?.urlPath, '/partnerships/', '/map/', '/statistics/', '/search/', '/en/'].filter(
      (p): p is string => Boolean(p) && pages.some((page) => page.urlPath === p),
    );
    say(`axe-core on ${axePaths.length} pages…`);
    const axeResults = await axeViolations(chromiumPath, axePaths.map((p) => `${site.url}${p}`));
    const blocking = axeResults.flatMap((result) => result.blocking.map((rule) => `${new URL(result.url).pathname}: ${rule}`));
    const total = (impact: 'critical' | 'serious' | 'moderate' | 'minor') => axeResults.reduce((sum, result) => sum + result.byImpact[impact], 0);
    rows.push({
      budget: `axe-core (${axePaths.length} pages)`,
      target: '0 serious, 0 critical',
      measured: `critical ${total('critical')} · serious ${total('serious')} · moderate ${total('moderate')} · minor ${total('minor')}`,
      pass: blocking.length === 0,
    });
    if (blocking.length > 0) details.push('## Serious and critical axe-core violations', '', ...blocking.map((line) => `- ${line}`), '');

    say(`html-validate on ${pages.length} pages…`);
    const problems = await htmlProblems(pages);
    rows.push({ budget: 'valid HTML (html-validate)', target: '0 errors', measured: `${problems.length} in ${new Set(problems.map((p) => p.urlPath)).size} of ${pages.length} pages`, pass: problems.length === 0 });
    if (problems.length > 0) details.push('## HTML problems (first 30)', '', ...problems.slice(0, 30).map((p) => `- ${p.urlPath}:${p.line} ${p.rule}: ${p.message}`), '');

    say('internal links…');
    const links = await brokenLinks(site.url);
    rows.push({ budget: 'broken internal links', target: '0', measured: `${links.broken.length} of ${links.checked} checked`, pass: links.broken.length === 0 });
    if (links.broken.length > 0) details.push('## Broken links', '', ...links.broken.slice(0, 30).map((l) => `- ${l.url} (${l.status ?? 'no answer'}) from ${l.from ?? '?'}`), '');

    console.log(`\n${textTable(rows)}\n`);
    if (details.length > 0) console.log(details.join('\n'));
    if (!args['no-write']) await writeFile(path.join(ROOT, 'docs', 'budgets.md'), markdownReport(rows, details));
    exitCode = rows.some((row) => row.pass === false) ? 1 : 0;
  } finally {
    await site.close();
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
process.exit(exitCode);
