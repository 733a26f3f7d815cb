import type { EntryKind } from '@atlas/shared';
import type { Catalog } from './catalog.ts';
import { paths } from './i18n.ts';
import { articlesInCategory, articlesWithTag } from './taxonomy.ts';

/**
 * The collections whose entries have pages of their own (src/pages/[...lang]/<kind>/[slug].astro), with
 * where each page is and, for pages built only for some entries, whether an entry has one. Routes,
 * alternates (the same entry in the other language) and redirects (former slugs) derive from it. It sits
 * beside the collection registry (src/loaders/registry.ts), keyed the same, because pages read the
 * catalog, whose types Astro derives from the content config the registry feeds.
 */
export interface EntryPage {
  /** The page's path below the locale prefix (i18n.ts `paths`). */
  pathOf: (slug: string) => string;
  /** For pages built only for some entries (a tag page needs articles); every entry has one otherwise. */
  exists?: (catalog: Catalog, documentId: string) => boolean;
}

export const ENTRY_PAGES = {
  articles: { pathOf: paths.article },
  partnerships: { pathOf: paths.partnership },
  delegations: { pathOf: paths.delegation },
  periods: { pathOf: paths.period },
  fields: { pathOf: paths.field },
  categories: { pathOf: paths.category, exists: (catalog, documentId) => articlesInCategory(catalog, { documentId }).length > 0 },
  tags: { pathOf: paths.tag, exists: (catalog, documentId) => articlesWithTag(catalog, documentId).length > 0 },
} satisfies Partial<Record<EntryKind, EntryPage>>;

export type PagedKind = keyof typeof ENTRY_PAGES;
export const PAGED_KINDS = Object.keys(ENTRY_PAGES) as PagedKind[];

export function entryPage(kind: PagedKind): Required<Pick<EntryPage, 'pathOf'>> & EntryPage {
  return ENTRY_PAGES[kind];
}

/** Whether an entry of the catalog has its page (in that catalog's locale). */
export const hasPage = (kind: PagedKind, catalog: Catalog, documentId: string): boolean => entryPage(kind).exists?.(catalog, documentId) ?? true;
