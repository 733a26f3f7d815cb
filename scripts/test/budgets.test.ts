/** The budgets command's checkers over a tiny built site written to a temporary folder. */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlProblems } from '../budgets/html-validity.ts';
import { javascriptBudget, scriptsIn } from '../budgets/javascript.ts';
import { brokenLinks } from '../budgets/links.ts';
import { articleWeights, linkedStylesheets } from '../budgets/page-weight.ts';
import { textTable } from '../budgets/report.ts';
import { builtOrigin, builtPages, isArticlePage, isPartnershipPage, isSearchPage } from '../budgets/site-files.ts';
import { serveStatic } from '../lib/static-server.ts';

let dist = '';
const page = (title: string, body: string, head = '') =>
  `<!DOCTYPE html>\n<html lang="vi">\n  <head>\n    <meta charset="utf-8">\n    <title>${title}</title>\n${head}  </head>\n  <body>\n    <main>\n${body}    </main>\n  </body>\n</html>\n`;
const CSS = 'body { color: #1d2433; }\n'.repeat(200);
const stylesheet = '    <link rel="stylesheet" href="/_astro/site.css">\n';

async function write(file: string, content: string) {
  await mkdir(path.dirname(path.join(dist, file)), { recursive: true });
  await writeFile(path.join(dist, file), content);
}

beforeAll(async () => {
  dist = await mkdtemp(path.join(os.tmpdir(), 'atlas-budgets-test-'));
  await write(
    'index.html',
    page(
      'Trang chủ',
      '      <h1>Trang chủ</h1>\n      <p><a href="/articles/light/">Nhẹ</a> <a href="https://example.invalid/">ngoài</a></p>\n',
      '    <link rel="canonical" href="https://atlas.example/">\n    <script type="application/ld+json">{"@type":"WebSite"}</script>\n',
    ),
  );
  await write('search/index.html', page('Tìm kiếm', '      <h1>Tìm kiếm</h1>\n', '    <script src="/pagefind/pagefind-ui.js"></script>\n'));
  await write('map/index.html', page('Bản đồ', '      <h1>Bản đồ</h1>\n', '    <script src="/_astro/map.js"></script>\n'));
  await write('statistics/index.html', page('Thống kê', '      <h1>Thống kê</h1>\n', '    <link rel="modulepreload" href="/_astro/chart.js">\n'));
  await write('_astro/site.css', CSS);
  for (const script of ['_astro/map.js', '_astro/chart.js', 'pagefind/pagefind-ui.js']) await write(script, '');
  // Text that does not compress: a page that must blow the 30 KB budget.
  let seed = 7;
  const noise = Array.from({ length: 60_000 }, () => String.fromCharCode(97 + ((seed = (seed * 16807) % 2147483647) % 26))).join('');
  await write('articles/heavy/index.html', page('Nặng', `      <h1>Nặng</h1>\n      <p>${noise}</p>\n`, stylesheet));
  await write('articles/light/index.html', page('Nhẹ', '      <h1>Nhẹ</h1>\n      <p><a href="/articles/heavy/">Nặng</a></p>\n', stylesheet + stylesheet));
  await write('en/articles/inline/index.html', page('Inline', '      <h1>Inline</h1>\n', '    <style>h1 { color: red; }</style>\n'));
  await write(
    'articles/page/2/index.html',
    page(
      'Trang 2',
      '      <h1 id="top">Trang 2</h1>\n      <p><a href="/articles/gone/">Mất</a> <a href="#top">Lên</a> <a href="/articles/light/#nowhere">Nhẹ</a></p>\n',
      '    <link rel="alternate" hreflang="en" href="https://atlas.example/en/articles/page/2/">\n',
    ),
  );
  await write('broken/index.html', page('Hỏng', '      <h1>Hỏng</h1>\n      <div><p>unclosed</div>\n'));
});
afterAll(async () => rm(dist, { recursive: true, force: true }));

describe('the built pages', () => {
  it('are named by the URL path a static host serves them at, and sorted by kind', async () => {
    const pages = await builtPages(dist);
    expect(pages.map((p) => p.urlPath)).toContain('/articles/page/2/');
    expect(pages.find((p) => p.urlPath === '/')?.relative).toBe('index.html');
    expect(pages.filter((p) => isArticlePage(p.urlPath)).map((p) => p.urlPath)).toEqual(['/articles/heavy/', '/articles/light/', '/en/articles/inline/']);
    expect(['/search/', '/en/search/', '/searches/', '/en/search/2/'].map(isSearchPage)).toEqual([true, true, false, false]);
    expect(['/partnerships/ha-noi-paris/', '/en/partnerships/ha-noi-paris/', '/partnerships/', '/partnerships/field/culture/'].map(isPartnershipPage)).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(await builtOrigin(dist)).toBe('https://atlas.example');
  });
});

describe('the JavaScript budget', () => {
  it('flags scripts, .js files, inline handlers and javascript: URLs, not JSON-LD, comments or text', () => {
    expect(scriptsIn('<script type="application/ld+json">{"a": "<b>"}</script>')).toEqual([]);
    expect(scriptsIn('<script type="module">go()</script>')).toEqual(['<script type="module">']);
    expect(scriptsIn('<script src="/a.js"></script>')).toEqual(['<script src="/a.js">']);
    expect(scriptsIn('<link rel="modulepreload" href="/_astro/a.js?v=1">')).toEqual(['/_astro/a.js?v=1 in <link href>']);
    expect(scriptsIn('<img src="a.png" alt="" onerror="go()">')).toEqual(['onerror="…" on <img>']);
    expect(scriptsIn('<a href="javascript:go()">x</a>')).toEqual(['javascript: URL in <a href>']);
    expect(scriptsIn('<!-- <script src="/a.js"></script> --><p>Write onclick="x" or <code>&lt;script&gt;</code> in prose.</p>')).toEqual([]);
    expect(scriptsIn('<link rel="stylesheet" href="/a.css"><a href="/articles/one/" title="on it">x</a>')).toEqual([]);
  });

  it('allows the search pages and reports every other page with a script', async () => {
    const result = await javascriptBudget(await builtPages(dist));
    expect(result.findings.map((finding) => finding.urlPath)).toEqual(['/map/', '/statistics/']);
    expect(result.searchPages).toEqual([{ urlPath: '/search/', scripts: 1 }]);
    expect(result.checked).toBe(8);
  });
});

describe('the article weight budget', () => {
  it('weighs article pages (not list pages) as their HTML plus each linked stylesheet, gzipped one by one', async () => {
    const weights = await articleWeights(await builtPages(dist), dist);
    expect(weights.map((weight) => weight.urlPath)).toEqual(['/articles/heavy/', '/articles/light/', '/en/articles/inline/']);
    const [heavy, light, inline] = weights;
    expect(inline?.inlineCssBytes).toBe(Buffer.byteLength('h1 { color: red; }'));
    if (!heavy || !light) throw new Error('no weights');
    const html = await readFile(path.join(dist, 'articles/light/index.html'));
    const gzip = (content: string | Buffer) => gzipSync(content, { level: 9 }).byteLength;
    // The same stylesheet linked twice is downloaded once.
    expect(light.cssBytes).toBe(Buffer.byteLength(CSS));
    expect(light.inlineCssBytes).toBe(0);
    expect(light.gzipBytes).toBe(gzip(html) + gzip(CSS));
    expect(light.brotliBytes).toBeLessThan(light.gzipBytes);
    expect(heavy.gzipBytes).toBeGreaterThan(30 * 1024);
    expect(light.gzipBytes).toBeLessThan(2 * 1024);
  });

  it('reads only stylesheets of this site', () => {
    expect(
      linkedStylesheets(
        '<link rel="preload" href="/f.woff2" as="font"><link href="/a%20b.css" rel="stylesheet"><link rel="stylesheet" href="https://cdn.example/x.css">',
      ),
    ).toEqual(['/a b.css']);
  });
});

describe('the link budget', () => {
  it('reports a broken internal link or fragment with its page, not good ones nor external ones, and checks absolute links to the built origin', async () => {
    const site = await serveStatic({ dir: dist, port: 0 });
    try {
      const pages = await builtPages(dist);
      const { checked, broken } = await brokenLinks(
        site.url,
        pages.map((p) => p.urlPath),
        'https://atlas.example',
      );
      const local = (url: string | undefined) => url?.replace(site.url, '').replace('https://atlas.example', '');
      expect(broken.map((link) => [local(link.url), link.status, local(link.from)]).sort()).toEqual([
        ['/articles/gone/', 404, '/articles/page/2/'],
        ['/articles/light/#nowhere', 200, '/articles/page/2/'],
        ['/en/articles/page/2/', 404, '/articles/page/2/'],
      ]);
      expect(checked).toBeGreaterThan(pages.length);
    } finally {
      await site.close();
    }
  });
});

describe('the HTML validity budget', () => {
  it('reports invalid markup with its file, line and rule', async () => {
    const problems = await htmlProblems(await builtPages(dist));
    expect(problems.filter((problem) => problem.file === 'broken/index.html').map((problem) => [problem.line, problem.rule])).toEqual([
      [10, 'no-implicit-close'],
    ]);
    expect(problems.filter((problem) => problem.file.startsWith('articles/'))).toEqual([]);
  });
});

describe('the report', () => {
  it('prints one aligned row per budget, skipped ones included', () => {
    const table = textTable([
      { budget: 'a', target: '≤ 1', measured: '2', pass: false },
      { budget: 'longer budget', target: '0', measured: '0', pass: true },
      { budget: 'map', target: '0', measured: 'skipped: not built', pass: null },
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toContain('FAIL');
    expect(lines[4]).toContain('skipped');
    expect(new Set(lines.map((line) => [...line].length)).size).toBe(1);
  });
});
