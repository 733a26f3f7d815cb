/** Each budget measured and judged: a row of the table and the details a page author needs to act. */
import os from 'node:os';
import { axeViolations, IMPACTS, isBlocking, type Impact } from './axe.ts';
import { htmlProblems, problemsByRule } from './html-validity.ts';
import { javascriptBudget } from './javascript.ts';
import { CATEGORIES, LIGHTHOUSE_PRESET, lighthouseScores } from './lighthouse.ts';
import { brokenLinks, type BrokenLink } from './links.ts';
import { articleWeights } from './page-weight.ts';
import type { BudgetRow, Section } from './report.ts';
import type { BuiltPage } from './site-files.ts';

export const ARTICLE_BUDGET_BYTES = 30 * 1024;
export const LIGHTHOUSE_MIN = 95;

export interface Outcome {
  rows: BudgetRow[];
  sections: Section[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

export async function checkJavascript(pages: BuiltPage[]): Promise<Outcome> {
  const { checked, findings, searchPages } = await javascriptBudget(pages);
  const offenders = new Set(findings.map((finding) => finding.urlPath));
  const search = searchPages.length > 0 ? searchPages.map((page) => `${page.urlPath} ${page.scripts}`).join(', ') : 'none built';
  return {
    rows: [
      {
        budget: 'no JavaScript outside search',
        target: '0 pages',
        measured: `${offenders.size} of ${checked} pages (scripts on search pages, allowed: ${search})`,
        pass: offenders.size === 0,
      },
    ],
    sections:
      findings.length === 0
        ? []
        : [
            {
              title: `JavaScript outside the search pages (${findings.length}, first 30)`,
              lines: findings.slice(0, 30).map((f) => `${f.urlPath}: ${code(f.what)}`),
            },
          ],
  };
}

export async function checkArticleWeight(pages: BuiltPage[], dist: string): Promise<Outcome> {
  const weights = await articleWeights(pages, dist);
  const heaviest = weights[0];
  const row: BudgetRow = {
    budget: 'article HTML + CSS, gzip -9',
    target: `≤ ${kb(ARTICLE_BUDGET_BYTES)}`,
    measured: heaviest
      ? `max ${kb(heaviest.gzipBytes)} (brotli ${kb(heaviest.brotliBytes)}) over ${weights.length} article pages`
      : 'skipped: no article page built',
    pass: heaviest ? heaviest.gzipBytes <= ARTICLE_BUDGET_BYTES : null,
  };
  const missing = weights.flatMap((weight) => weight.missing.map((href) => `${weight.urlPath} links ${href}, which is not in the build`));
  const lines = weights
    .slice(0, 5)
    .map(
      (w) =>
        `${w.urlPath}: HTML ${kb(w.htmlBytes)} (of which inline CSS ${kb(w.inlineCssBytes)}) + linked CSS ${kb(w.cssBytes)} → gzip ${kb(w.gzipBytes)}, brotli ${kb(w.brotliBytes)}`,
    );
  return { rows: [row], sections: heaviest ? [{ title: 'Heaviest article pages (each file compressed on its own)', lines: [...lines, ...missing] }] : [] };
}

export async function checkLighthouse(
  chromiumPath: string,
  siteUrl: string,
  targets: Array<{ label: string; urlPath: string | undefined; missing: string }>,
  runs: number,
  builtFor: string,
): Promise<Outcome> {
  const present = targets.filter((target): target is { label: string; urlPath: string; missing: string } => Boolean(target.urlPath));
  const results = await lighthouseScores(
    chromiumPath,
    present.map((target) => `${siteUrl}${target.urlPath}`),
    runs,
  );
  const rows: BudgetRow[] = [];
  const sections: Section[] = [];
  for (const target of targets) {
    const result = results[present.findIndex((candidate) => candidate === target)];
    const budget = `Lighthouse, ${target.label}`;
    const target95 = `≥ ${LIGHTHOUSE_MIN} in all 4, median of ${runs}`;
    if (!target.urlPath || !result) {
      rows.push({ budget, target: target95, measured: `skipped: ${target.missing}`, pass: null });
      continue;
    }
    const lowest = Math.min(...CATEGORIES.map((category) => result.scores[category]));
    rows.push({
      budget,
      target: target95,
      measured: CATEGORIES.map((category) => `${category} ${result.scores[category]}`).join(' · '),
      pass: lowest >= LIGHTHOUSE_MIN,
    });
    sections.push({
      title: `Lighthouse on ${target.urlPath} (${target.label})`,
      lines: [
        `runs: ${result.runs.map((run) => CATEGORIES.map((category) => run[category]).join('/')).join(', ')} (${CATEGORIES.join('/')}); the table shows each category's median`,
        ...(result.costing.length > 0 ? [`weighted audits that lost points: ${result.costing.join(', ')}`] : ['no weighted audit lost points']),
        ...(result.advice.length > 0 ? [`advice below 90, no weight in any score: ${result.advice.join(', ')}`] : []),
        ...(result.shifts.length > 0 ? [`layout shifts: ${result.shifts.join('; ')}`] : []),
        `main-thread work (simulated, 4× slowdown): ${result.mainThread || 'none reported'}`,
        ...result.warnings.map((warning) => `warning: ${warning}`),
      ],
    });
  }
  if (results.length > 0) {
    const served = new URL(siteUrl).origin;
    sections.unshift({
      title: 'Lighthouse conditions',
      lines: [
        `${LIGHTHOUSE_PRESET}, ${runs} run(s) per page, Debian's Chromium headless; the site served over HTTP by sirv at ${served}, uncompressed (a CDN would compress: hence the document-latency insight)`,
        `benchmarkIndex of this machine ${results.map((result) => result.benchmarkIndex).join(', ')} (Lighthouse's 4× CPU slowdown assumes a desktop around 1000 or more); load average ${os
          .loadavg()
          .map((load) => load.toFixed(1))
          .join(' ')} on ${os.cpus().length} cores: a busy machine lowers the performance score`,
        builtFor === served
          ? `canonical and hreflang links name ${served}, the origin served: the SEO audits see the site as on its domain`
          : `the site was built for ${builtFor} and served at ${served}; Lighthouse 13's canonical and hreflang audits do not compare origins, so this costs no SEO points`,
      ],
    });
  }
  return { rows, sections };
}

export async function checkAxe(chromiumPath: string, siteUrl: string, wanted: string[], pages: BuiltPage[]): Promise<Outcome> {
  const built = new Set(pages.map((page) => page.urlPath));
  const present = [...new Set(wanted)].filter((urlPath) => built.has(urlPath));
  const absent = [...new Set(wanted)].filter((urlPath) => !built.has(urlPath));
  const results = await axeViolations(
    chromiumPath,
    present.map((urlPath) => `${siteUrl}${urlPath}`),
  );
  const total = (impact: Impact) => results.reduce((sum, result) => sum + result.byImpact[impact], 0);
  const blocking = results.flatMap((result) => result.violations.filter(isBlocking));
  const counts = (byImpact: Record<Impact, number>) => IMPACTS.map((impact) => `${impact} ${byImpact[impact]}`).join(' · ');
  const row: BudgetRow = {
    budget: `axe-core, ${present.length} pages`,
    target: '0 serious, 0 critical',
    measured: `${counts(Object.fromEntries(IMPACTS.map((impact) => [impact, total(impact)])) as Record<Impact, number>)}${absent.length > 0 ? `; not built yet, skipped: ${absent.join(' ')}` : ''}`,
    pass: present.length === 0 ? null : blocking.length === 0,
  };
  const lines = results.flatMap((result) => [
    `${new URL(result.url).pathname}: ${counts(result.byImpact)} (elements)`,
    ...result.violations.map(
      (v) => `  ${isBlocking(v) ? '**' : ''}${v.impact}${isBlocking(v) ? '**' : ''} ${v.id} ×${v.nodes}: ${v.help} — ${v.targets.map(code).join(', ')}`,
    ),
  ]);
  return { rows: [row], sections: present.length > 0 ? [{ title: 'axe-core by page (elements per impact; serious and critical in bold)', lines }] : [] };
}

export async function checkHtml(pages: BuiltPage[]): Promise<Outcome> {
  const problems = await htmlProblems(pages);
  const files = new Set(problems.map((problem) => problem.file));
  const row: BudgetRow = {
    budget: 'valid HTML (html-validate)',
    target: '0 errors',
    measured: `${problems.length} errors in ${files.size} of ${pages.length} files`,
    pass: problems.length === 0,
  };
  if (problems.length === 0) return { rows: [row], sections: [] };
  const byRule = problemsByRule(problems)
    .map(([rule, count]) => `${rule} ×${count}`)
    .join(', ');
  const first = problems.slice(0, 30).map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}: ${code(p.message)}`);
  return { rows: [row], sections: [{ title: `HTML errors by rule: ${byRule} (first 30 below)`, lines: first }] };
}

export async function checkLinks(siteUrl: string, pages: BuiltPage[], builtFor: string): Promise<Outcome> {
  const { checked, broken } = await brokenLinks(
    siteUrl,
    pages.map((page) => page.urlPath),
    builtFor,
  );
  const served = new URL(siteUrl).origin;
  const local = (url: string | undefined) => (url ?? '?').replace(served, '');
  const why = (link: BrokenLink) =>
    link.status === 200 && link.url.includes('#') ? 'no element with that id' : link.status ? `HTTP ${link.status}` : 'no answer';
  return {
    rows: [{ budget: 'broken internal links (linkinator)', target: '0', measured: `${broken.length} broken of ${checked} checked`, pass: broken.length === 0 }],
    sections:
      broken.length === 0
        ? []
        : [
            {
              title: `Broken links (${broken.length}, first 50)`,
              lines: broken.slice(0, 50).map((link) => `${local(link.url)} (${why(link)}) linked from ${local(link.from)}`),
            },
          ],
  };
}
