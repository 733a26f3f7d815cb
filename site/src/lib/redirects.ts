import { LOCALES, type SiteLocale } from '@atlas/shared';
import { loadCatalog, type Catalog } from './catalog.ts';
import { langParam, localePath, paths } from './i18n.ts';
import { articlesInCategory, articlesWithTag } from './taxonomy.ts';

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

interface Section {
  section: string;
  entries: (catalog: Catalog) => ReadonlyArray<{ slug: string; formerSlugs: string[] }>;
  pathOf: (slug: string) => string;
}

// Tag and section pages exist only for those with articles: the same rules their pages use.
const SECTIONS: Section[] = [
  { section: 'articles', entries: (c) => c.articles, pathOf: paths.article },
  { section: 'partnerships', entries: (c) => c.partnerships, pathOf: paths.partnership },
  { section: 'delegations', entries: (c) => c.delegations, pathOf: paths.delegation },
  { section: 'periods', entries: (c) => c.periods, pathOf: paths.period },
  { section: 'fields', entries: (c) => c.fields, pathOf: paths.field },
  { section: 'categories', entries: (c) => c.categories.filter((category) => articlesInCategory(c, category).length > 0), pathOf: paths.category },
  { section: 'tags', entries: (c) => c.tags.filter((tag) => articlesWithTag(c, tag.documentId).length > 0), pathOf: paths.tag },
];

export async function formerAddresses(): Promise<FormerAddress[]> {
  const found: FormerAddress[] = [];
  for (const locale of LOCALES) {
    const catalog = await loadCatalog(locale);
    for (const { section, entries, pathOf } of SECTIONS) {
      const pages = entries(catalog);
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
