import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';

/**
 * Completes the sitemap from what the built pages say about themselves: `lastmod` from the
 * `article:modified_time` an entry page carries (the CMS's updatedAt), and the language alternates from
 * its hreflang links (slugs differ between languages, so they cannot be guessed from the path).
 */
export function sitemapFromPages(outDir: string, site: string) {
  return async (item: SitemapItem): Promise<SitemapItem | undefined> => {
    const pathname = new URL(item.url).pathname;
    const file = path.join(outDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    let html: string;
    try {
      html = await readFile(file, 'utf8');
    } catch {
      return item;
    }
    if (html.includes('<meta name="robots" content="noindex"')) return undefined;
    const modified = /<meta property="article:modified_time" content="([^"]+)"/.exec(html)?.[1];
    const links = [...html.matchAll(/<link rel="alternate" hreflang="([a-z]{2})" href="([^"]+)"/g)].map(([, lang, url]) => ({
      lang: lang ?? '',
      url: new URL(url ?? '', site).toString(),
    }));
    return { ...item, ...(modified ? { lastmod: modified } : {}), ...(links.length > 1 ? { links } : {}) };
  };
}
