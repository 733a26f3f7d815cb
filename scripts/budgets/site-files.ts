import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** A built page: its file, its path inside the built site, and the URL path a static host serves it at. */
export interface BuiltPage {
  file: string;
  relative: string;
  urlPath: string;
}

/** Every HTML page of a built site, sorted by path. */
export async function builtPages(dist: string): Promise<BuiltPage[]> {
  const files = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  return files.map((file) => {
    const relative = file.split(path.sep).join('/');
    return { file: path.join(dist, file), relative, urlPath: `/${relative.replace(/(^|\/)index\.html$/, '$1')}` };
  });
}

/** The search pages are the only ones allowed to ship JavaScript. */
export const isSearchPage = (urlPath: string) => /^\/(en\/)?search\/$/.test(urlPath);

/** Article pages (not the paginated lists). */
export const isArticlePage = (urlPath: string) => /^\/(en\/)?articles\/(?!page\/)[^/]+\/$/.test(urlPath);

/** Partnership pages (not the index, its facets or its pagination). */
export const isPartnershipPage = (urlPath: string) => /^\/(en\/)?partnerships\/(?!(country|type|status|field|page)\/)[^/]+\/$/.test(urlPath);

/** The origin the site was built for, read from the home page's canonical link (Astro's `site`). */
export async function builtOrigin(dist: string): Promise<string | undefined> {
  const home = path.join(dist, 'index.html');
  if (!existsSync(home)) return undefined;
  const html = await readFile(home, 'utf8');
  const tag = /<link\b[^>]*\brel\s*=\s*["']?canonical\b[^>]*>/i.exec(html)?.[0];
  const href = tag && /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
  return href && URL.canParse(href) ? new URL(href).origin : undefined;
}
