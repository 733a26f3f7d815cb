/**
 * The reader's site as a person uses it, in Debian's Chromium over a site built from the real CMS:
 * navigation, the language switch and hreflang, search with and without diacritics and its filters,
 * partnership filters without JavaScript, the map's links, the timeline's order, and no JavaScript
 * outside the search page. Screenshots of the main pages go to test-results/screenshots/<db>/.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, ensureChromium } from '../../../scripts/lib/chromium.ts';
import { ROOT } from '../../../scripts/lib/paths.ts';
import { freePort } from '../../../scripts/lib/ports.ts';
import { buildSite } from '../../../scripts/lib/site.ts';
import { serveStatic } from '../../../scripts/lib/static-server.ts';

const cms = inject('cms');
const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots', cms.db);
let workDir = '';
let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Every script the pages asked for, by page path. */
const scriptsByPage = new Map<string, string[]>();

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-reader-'));
  const outDir = path.join(workDir, 'dist');
  await buildSite({ cmsUrl: cms.url, token: cms.buildToken, outDir, quiet: true });
  site = await serveStatic({ dir: outDir, port: await freePort() });
  browser = await chromium.launch({ executablePath: await ensureChromium(), args: CHROMIUM_ARGS });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on('request', (request) => {
    if (request.resourceType() !== 'script') return;
    const from = new URL(page.url()).pathname;
    scriptsByPage.set(from, [...(scriptsByPage.get(from) ?? []), request.url()]);
  });
  await mkdir(SCREENSHOTS, { recursive: true });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

const open = async (pathname: string) => {
  const response = await page.goto(`${site.url}${pathname}`);
  expect(response?.status(), pathname).toBe(200);
};
const shoot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `site-${name}.png`), fullPage: true });

async function search(query: string): Promise<string[]> {
  const input = page.locator('.pagefind-ui__search-input');
  await input.fill('');
  await input.fill(query);
  const results = page.locator('.pagefind-ui__result-link');
  await results.first().waitFor({ timeout: 15_000 });
  // Pagefind renders results as they load; wait until the count settles.
  let count = -1;
  while (count !== (await results.count())) {
    count = await results.count();
    await page.waitForTimeout(300);
  }
  return results.allInnerTexts();
}

describe(`the reader's site (${cms.db}, Chromium)`, () => {
  it('navigates from the home page to a partnership and on to an article, in Vietnamese', async () => {
    await open('/');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await shoot('home');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Quan hệ đối tác' }).click();
    await page.waitForURL(/\/partnerships\/$/);
    await shoot('partnerships');
    await page.getByRole('link', { name: 'Hà Nội – Île-de-France' }).first().click();
    await page.waitForURL(/\/partnerships\/ha-noi-ile-de-france\/$/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Hà Nội – Île-de-France');
    await shoot('partnership');
    await page.locator('.timeline a[href^="/articles/"]').first().click();
    await page.waitForURL(/\/articles\/[a-z0-9-]+\/$/);
    await expect(page.locator('article time').first().innerText()).resolves.toMatch(/^\d{2}:\d{2} \| \d{2}\/\d{2}\/\d{4} GMT\+7$/);
    await shoot('article');
  });

  it('joins a partnership’s periods, delegations and articles in one timeline, oldest first', async () => {
    await open('/partnerships/ha-noi-ile-de-france/');
    const events = await page
      .locator('.timeline li')
      .evaluateAll((items) => items.map((item) => ({ kind: item.getAttribute('data-kind'), date: item.getAttribute('data-date') ?? '' })));
    expect(new Set(events.map((event) => event.kind))).toEqual(new Set(['period', 'delegation', 'article']));
    const instants = events.map(({ date }) => Date.parse(date.length === 10 ? `${date}T00:00:00+07:00` : date));
    expect(instants).toEqual([...instants].sort((a, b) => a - b));
  });

  it('switches language to the translation, with hreflang both ways, and falls back to the index when there is none', async () => {
    await open('/articles/ha-noi-va-ile-de-france-ky-chuong-trinh-hanh-dong-giai-doan-2022-2025/');
    const hreflang = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links): Record<string, string> =>
        Object.fromEntries(links.map((link): [string, string] => [link.getAttribute('hreflang') ?? '', new URL(link.getAttribute('href') ?? '').pathname])),
      );
    expect(hreflang).toMatchObject({ vi: '/articles/ha-noi-va-ile-de-france-ky-chuong-trinh-hanh-dong-giai-doan-2022-2025/', 'x-default': hreflang.vi });
    expect(hreflang.en).toMatch(/^\/en\/articles\/[a-z0-9-]+\/$/);

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`**${hreflang.en}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.locator('article time').first().innerText()).resolves.toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} GMT\+7$/);
    await shoot('article-en');
    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await page.waitForURL(`**${hreflang.vi}`);

    // An article with no English version: no English page, no en hreflang, the switch goes to the English index.
    await open('/articles/nua-the-ky-ket-nghia-dong-da-choisy-le-roi/');
    expect(await page.locator('link[rel="alternate"][hreflang="en"]').count()).toBe(0);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/en\/articles\/$/);
    await shoot('articles-en');
    const listed = await page.locator('main .cards a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(listed.length).toBeGreaterThan(0);
    for (const href of listed) expect(href).toMatch(/^\/en\/articles\/[a-z0-9-]+\/$/);
  });

  it('finds Hà Nội from “ha noi” and Đống Đa from “dong da”, and filters by kind', async () => {
    await open('/search/');
    const withoutMarks = await search('ha noi');
    const withMarks = await search('Hà Nội');
    expect(withoutMarks.length).toBeGreaterThan(3);
    expect(new Set(withoutMarks)).toEqual(new Set(withMarks));

    const dongDa = await search('dong da');
    expect(dongDa.some((title) => title.includes('Đống Đa'))).toBe(true);
    await shoot('search');

    await page.locator('.pagefind-ui__filter-name', { hasText: 'Loại' }).click();
    await page.locator('label', { hasText: /^Quan hệ đối tác/ }).click();
    await page.waitForTimeout(800);
    const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/partnerships\//);
  });

  it('searches the English index from the English search page', async () => {
    await open('/en/search/');
    const results = await search('vientiane');
    const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(results.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/en\//);
  });

  it('filters partnerships by country without JavaScript', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${site.url}/partnerships/`);
    await plain.getByRole('navigation', { name: 'Lọc theo' }).getByRole('link', { name: 'Lào' }).click();
    await plain.waitForURL(/\/partnerships\/country\/la\/$/);
    const countries = await plain.locator('.cards li').evaluateAll((items) => items.map((item) => item.getAttribute('data-country')));
    expect(countries.length).toBeGreaterThan(0);
    expect(new Set(countries)).toEqual(new Set(['la']));
    await noScript.close();
  });

  it('draws the partner localities on a map whose markers lead to their partnerships', async () => {
    await open('/map/');
    await shoot('map');
    const markers = page.locator('svg a[href]');
    expect(await markers.count()).toBeGreaterThanOrEqual(4);
    const listed = await page.locator('main ul a[href]').count();
    expect(listed).toBeGreaterThanOrEqual(await markers.count());
    const href = await markers.first().getAttribute('href');
    await open(href ?? '/missing/');
    await open('/statistics/');
    expect(await page.locator('figure svg').count()).toBeGreaterThanOrEqual(4);
    await shoot('statistics');
  });

  it('publishes a sitemap with lastmod and alternates, an RSS feed per language, and a sharing image per article', async () => {
    const sitemap = await (await fetch(`${site.url}/sitemap-0.xml`)).text();
    const article = /<url><loc>[^<]*\/articles\/ha-noi-va-ile-de-france-[^<]*<\/loc>(.*?)<\/url>/.exec(sitemap)?.[1] ?? '';
    expect(article).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T/);
    expect(article).toMatch(/hreflang="en" href="[^"]*\/en\/articles\//);
    expect(sitemap).not.toMatch(/\/404(\.html)?\/?<\/loc>/);

    for (const [feed, prefix] of [
      ['/rss.xml', '/articles/'],
      ['/en/rss.xml', '/en/articles/'],
    ] as const) {
      const rss = await (await fetch(`${site.url}${feed}`)).text();
      const links = [...rss.matchAll(/<item>.*?<link>([^<]+)<\/link>/g)].map((match) => new URL(match[1] ?? '').pathname);
      expect(links.length, feed).toBeGreaterThan(0);
      for (const link of links) expect(link.startsWith(prefix), link).toBe(true);
    }

    await open('/articles/nua-the-ky-ket-nghia-dong-da-choisy-le-roi/');
    const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(ogImage).toMatch(/\/og\/vi\/articles\/nua-the-ky-ket-nghia-dong-da-choisy-le-roi\.png$/);
    const image = await fetch(`${site.url}${new URL(ogImage ?? '').pathname}`);
    expect([image.status, image.headers.get('content-type')]).toEqual([200, 'image/png']);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
    expect(jsonLd['@type']).toBe('NewsArticle');
    expect(JSON.stringify(jsonLd.contentLocation)).toContain('Choisy-le-Roi');
  });

  it('ships JavaScript on the search page only', async () => {
    for (const pathname of ['/', '/partnerships/', '/map/', '/statistics/', '/en/', '/delegations/']) await open(pathname);
    for (const [pathname, scripts] of scriptsByPage) {
      if (pathname.endsWith('/search/')) continue;
      expect(scripts, pathname).toEqual([]);
    }
    expect(scriptsByPage.get('/search/')?.length ?? 0).toBeGreaterThan(0);
  });
});
