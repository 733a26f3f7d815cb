/** The budgets command's checkers over a tiny built site written to a temporary folder. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlProblems } from '../budgets/html-validity.ts';
import { javascriptBudget, scriptsIn } from '../budgets/javascript.ts';
import { articleWeights } from '../budgets/page-weight.ts';
import { textTable } from '../budgets/report.ts';
import { builtPages } from '../budgets/site-files.ts';

let dist = '';
const page = (title: string, body: string, head = '') =>
  `<!DOCTYPE html>\n<html lang="vi">\n  <head>\n    <meta charset="utf-8">\n    <title>${title}</title>\n${head}  </head>\n  <body>\n    <main>\n${body}    </main>\n  </body>\n</html>\n`;

async function write(file: string, content: string | Buffer) {
  await mkdir(path.dirname(path.join(dist, file)), { recursive: true });
  await writeFile(path.join(dist, file), content);
}

beforeAll(async () => {
  dist = await mkdtemp(path.join(os.tmpdir(), 'atlas-budgets-test-'));
  await write('index.html', page('Trang chủ', '      <h1>Trang chủ</h1>\n', '    <script type="application/ld+json">{"@type":"WebSite"}</script>\n'));
  await write('search/index.html', page('Tìm kiếm', '      <h1>Tìm kiếm</h1>\n', '    <script src="/pagefind/pagefind-ui.js"></script>\n'));
  await write('map/index.html', page('Bản đồ', '      <h1>Bản đồ</h1>\n', '    <script src="/_astro/map.js"></script>\n'));
  await write('_astro/site.css', Buffer.from('body { color: #1d2433; }\n'.repeat(200)));
  // Random bytes do not compress: a page that must blow the 30 KB budget.
  const noise = Array.from({ length: 40_000 }, (_, i) => String.fromCharCode(97 + ((i * 7919) % 26) ^ (i % 5))).join('');
  await write('articles/heavy/index.html', page('Nặng', `      <h1>Nặng</h1>\n      <p>${noise}</p>\n`, '    <link rel="stylesheet" href="/_astro/site.css">\n'));
  await write('articles/light/index.html', page('Nhẹ', '      <h1>Nhẹ</h1>\n', '    <link rel="stylesheet" href="/_astro/site.css">\n'));
  await write('articles/page/2/index.html', page('Trang 2', '      <h1>Trang 2</h1>\n'));
  await write('broken/index.html', page('Hỏng', '      <h1>Hỏng</h1>\n      <div><p>unclosed</div>\n'));
});
afterAll(async () => rm(dist, { recursive: true, force: true }));

describe('the JavaScript budget', () => {
  it('flags scripts, inline handlers and javascript: URLs, not JSON-LD', () => {
    expect(scriptsIn('<script type="application/ld+json">{}</script>')).toEqual([]);
    expect(scriptsIn('<script type="module">go()</script>')).toEqual(['<script type="module">']);
    expect(scriptsIn('<img src="a.png" onerror="go()">')).toEqual(['onerror']);
    expect(scriptsIn('<a href="javascript:go()">x</a>')).toHaveLength(1);
  });

  it('allows the search pages and reports every other page with a script', async () => {
    const result = await javascriptBudget(await builtPages(dist));
    expect(result.findings.map((finding) => finding.urlPath)).toEqual(['/map/']);
    expect(result.searchPagesWithScripts).toBe(1);
  });
});

describe('the article weight budget', () => {
  it('weighs article pages (not list pages) with their stylesheets, gzipped, heaviest first', async () => {
    const weights = await articleWeights(await builtPages(dist), dist);
    expect(weights.map((weight) => weight.urlPath)).toEqual(['/articles/heavy/', '/articles/light/']);
    const [heavy, light] = weights;
    expect(heavy?.cssBytes).toBe(5000);
    expect(heavy?.compressedBytes).toBeGreaterThan(light?.compressedBytes ?? Infinity);
    expect(light?.compressedBytes).toBeLessThan(light ? light.htmlBytes + light.cssBytes : 0);
  });
});

describe('the HTML validity budget', () => {
  it('reports invalid markup with its page, line and rule', async () => {
    const problems = await htmlProblems(await builtPages(dist));
    const broken = problems.filter((problem) => problem.urlPath === '/broken/');
    expect(broken.length).toBeGreaterThan(0);
    expect(broken.map((problem) => [problem.line, problem.rule])).toEqual([[10, 'no-implicit-close']]);
    expect(problems.filter((problem) => problem.urlPath === '/articles/light/')).toEqual([]);
  });
});

describe('the report', () => {
  it('prints one aligned row per budget', () => {
    const table = textTable([
      { budget: 'a', target: '≤ 1', measured: '2', pass: false },
      { budget: 'longer budget', target: '0', measured: '0', pass: true },
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toContain('FAIL');
    expect(new Set(lines.map((line) => [...line].length)).size).toBe(1);
  });
});
