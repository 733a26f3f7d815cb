import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { isArticlePage, type BuiltPage } from './site-files.ts';

export interface PageWeight {
  urlPath: string;
  htmlBytes: number;
  cssBytes: number;
  /** HTML plus its stylesheets, each gzipped at level 9 as a CDN would serve them. */
  compressedBytes: number;
}

/** The stylesheets a page links (site-relative hrefs), as files of the built site. */
export function linkedStylesheets(html: string, dist: string): string[] {
  const sheets: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/rel\s*=\s*["']?stylesheet/i.test(tag)) continue;
    const href = /href\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (href?.startsWith('/')) sheets.push(path.join(dist, decodeURIComponent(href.split(/[?#]/)[0] ?? '')));
  }
  return sheets;
}

const gzipped = (content: Buffer) => gzipSync(content, { level: 9 }).byteLength;

export async function pageWeight(page: BuiltPage, dist: string): Promise<PageWeight> {
  const html = await readFile(page.file);
  const sheets = await Promise.all(linkedStylesheets(html.toString('utf8'), dist).map((file) => readFile(file)));
  return {
    urlPath: page.urlPath,
    htmlBytes: html.byteLength,
    cssBytes: sheets.reduce((sum, sheet) => sum + sheet.byteLength, 0),
    compressedBytes: gzipped(html) + sheets.reduce((sum, sheet) => sum + gzipped(sheet), 0),
  };
}

/** The weight of every article page, heaviest first. */
export async function articleWeights(pages: BuiltPage[], dist: string): Promise<PageWeight[]> {
  const weights = await Promise.all(pages.filter((page) => isArticlePage(page.urlPath)).map((page) => pageWeight(page, dist)));
  return weights.sort((a, b) => b.compressedBytes - a.compressedBytes);
}
