import { LOCALES, type SiteLocale } from '@atlas/shared';
import { loadCatalog } from './catalog.ts';
import { entryPage, hasPage, PAGED_KINDS } from './entry-pages.ts';
import { langParam, localePath } from './i18n.ts';

/**
 * Addresses an entry had before its slug changed (the CMS keeps them: `formerSlugs`), each leading to
 * the entry's page now. The site writes them twice: a page per address that redirects (for hosts that
 * read no redirect file, such as GitHub Pages) and the host's `_redirects` file (a real 301 on
 * Netlify, Cloudflare Pages and the local server). A former slug that another entry of the same section
 * now uses belongs to that entry, and is not redirected.
 */
export interface FormerAddress {
  locale: SiteLocale;
  /** The first path segment (`articles`, `tags`…), as in the page routes. */
  section: string;
  slug: string;
  from: string;
  to: string;
}

export async function formerAddresses(): Promise<FormerAddress[]> {
  const found: FormerAddress[] = [];
  for (const locale of LOCALES) {
    const catalog = await loadCatalog(locale);
    for (const section of PAGED_KINDS) {
      const { pathOf } = entryPage(section);
      const entries: ReadonlyArray<{ documentId: string; slug: string; formerSlugs: string[] }> = catalog[section];
      const pages = entries.filter((entry) => hasPage(section, catalog, entry.documentId));
      const taken = new Set(pages.map((entry) => entry.slug));
      for (const entry of pages) {
        for (const slug of entry.formerSlugs) {
          if (taken.has(slug)) continue;
          taken.add(slug);
          found.push({ locale, section, slug, from: localePath(locale, pathOf(slug)), to: localePath(locale, pathOf(entry.slug)) });
        }
      }
    }
  }
  return found;
}

export const redirectParams = (address: FormerAddress) => ({ lang: langParam(address.locale), section: address.section, former: address.slug });
