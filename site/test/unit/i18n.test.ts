/** Paths in both languages, the page-splitting helper, and the sitemap's reading of built pages. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';
import { afterAll, describe, expect, it } from 'vitest';
import { langParam, localeOf, localePath, otherLocale, paths, perLocale, ui } from '../../src/lib/i18n.ts';
import { pagesOf } from '../../src/lib/paging.ts';
import { sitemapFromPages } from '../../src/integrations/sitemap-from-pages.ts';

describe('locale paths', () => {
  it('puts Vietnamese at the root and English under /en/', () => {
    expect(localePath('vi', paths.article('ha-noi'))).toBe('/articles/ha-noi/');
    expect(localePath('en', paths.article('hanoi'))).toBe('/en/articles/hanoi/');
    expect(localePath('vi')).toBe('/');
    expect(localePath('en')).toBe('/en/');
    expect(localePath('en', paths.articles(3))).toBe('/en/articles/page/3/');
    expect(localePath('vi', paths.articles(1))).toBe('/articles/');
  });

  it('maps the [...lang] parameter both ways', () => {
    expect(perLocale().map((route) => route.params.lang)).toEqual([undefined, 'en']);
    for (const locale of ['vi', 'en'] as const) expect(localeOf({ lang: langParam(locale) })).toBe(locale);
    expect(otherLocale('vi')).toBe('en');
  });

  it('has every interface string in both languages', () => {
    const vi = ui('vi');
    const en = ui('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    expect(vi.partnershipCount(6, 4)).toBe('6 quan hệ đối tác với 4 quốc gia');
    expect(en.partnershipCount(1, 1)).toBe('1 partnership with 1 country');
  });
});

describe('pagesOf', () => {
  it('splits into full pages and a last partial page', () => {
    expect(pagesOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
  it('keeps one empty page for an empty list, so the index still exists', () => {
    expect(pagesOf([], 12)).toEqual([[]]);
  });
});

describe('sitemapFromPages', () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('reads lastmod and the language alternates from the built page, and drops noindex pages', async () => {
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-sitemap-'));
    dirs.push(outDir);
    await mkdir(path.join(outDir, 'articles', 'ha-noi'), { recursive: true });
    await writeFile(
      path.join(outDir, 'articles', 'ha-noi', 'index.html'),
      `<html lang="vi"><head><meta property="article:modified_time" content="2025-09-03T08:30:00.000Z">
       <link rel="alternate" hreflang="vi" href="https://atlas.example/articles/ha-noi/">
       <link rel="alternate" hreflang="en" href="https://atlas.example/en/articles/hanoi/"></head></html>`,
    );
    await writeFile(path.join(outDir, '404.html'), '<html><head><meta name="robots" content="noindex"></head></html>');
    const serialize = sitemapFromPages(outDir, 'https://atlas.example');

    const at = (url: string): SitemapItem => ({ url, links: [] });
    const item = await serialize(at('https://atlas.example/articles/ha-noi/'));
    expect(item?.lastmod).toBe('2025-09-03T08:30:00.000Z');
    expect(item?.links).toEqual([
      { lang: 'vi', url: 'https://atlas.example/articles/ha-noi/' },
      { lang: 'en', url: 'https://atlas.example/en/articles/hanoi/' },
    ]);
    await expect(serialize(at('https://atlas.example/404.html'))).resolves.toBeUndefined();
    await expect(serialize(at('https://atlas.example/not-built/'))).resolves.toEqual(at('https://atlas.example/not-built/'));
  });
});
