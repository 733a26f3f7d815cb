import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { isArticlePage, type BuiltPage } from './site-files.ts';

export interface PageWeight {
  urlPath: string;
  htmlBytes: number;
  /** Linked stylesheets, raw. */
  cssBytes: number;
  /** The text of `<style>` elements, raw: part of the HTML (Astro inlines small stylesheets). */
  inlineCssBytes: number;
  /** HTML plus its stylesheets, each gzipped at level 9: the budget (any host serves gzip). */
  gzipBytes: number;
  /** The same with brotli at quality 11, for information (what a CDN that speaks brotli sends). */
  brotliBytes: number;
  /** Linked stylesheets that are not in the built site (not counted; the link check reports them). */
  missing: string[];
}

/** The stylesheets a page links with site-relative hrefs, each once, as paths inside the built site. */
export function linkedStylesheets(html: string): string[] {
  const sheets = new Set<string>();
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel\s*=\s*["']?[^"'>]*\bstylesheet\b/i.test(tag)) continue;
    const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (href?.startsWith('/') && !href.startsWith('//')) sheets.add(decodeURIComponent(href.split(/[?#]/)[0] ?? ''));
  }
  return [...sheets];
}

export const gzipBytes = (content: Buffer) => gzipSync(content, { level: 9 }).byteLength;
export const brotliBytes = (content: Buffer) =>
  brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.byteLength } }).byteLength;

/** Each resource is compressed on its own, as it travels: one response per file. */
export async function pageWeight(page: BuiltPage, dist: string): Promise<PageWeight> {
  const html = await readFile(page.file);
  const hrefs = linkedStylesheets(html.toString('utf8'));
  const present = hrefs.filter((href) => existsSync(path.join(dist, href)));
  const sheets = await Promise.all(present.map((href) => readFile(path.join(dist, href))));
  const files = [html, ...sheets];
  return {
    urlPath: page.urlPath,
    htmlBytes: html.byteLength,
    cssBytes: sheets.reduce((sum, sheet) => sum + sheet.byteLength, 0),
    inlineCssBytes: [...html.toString('utf8').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].reduce(
      (sum, [, css]) => sum + Buffer.byteLength(css ?? ''),
      0,
    ),
    gzipBytes: files.reduce((sum, file) => sum + gzipBytes(file), 0),
    brotliBytes: files.reduce((sum, file) => sum + brotliBytes(file), 0),
    missing: hrefs.filter((href) => !present.includes(href)),
  };
}

/** The weight of every article page, heaviest (gzipped) first. */
export async function articleWeights(pages: BuiltPage[], dist: string): Promise<PageWeight[]> {
  const weights = await Promise.all(pages.filter((page) => isArticlePage(page.urlPath)).map((page) => pageWeight(page, dist)));
  return weights.sort((a, b) => b.gzipBytes - a.gzipBytes);
}
