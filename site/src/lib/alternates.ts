import { LOCALES, type SiteLocale } from '@atlas/shared';
import { loadCatalog, type Catalog } from './catalog.ts';
import { localePath } from './i18n.ts';

/** The path of a page in each language it exists in (see the translation rule in i18n.ts). */
export type Alternates = Partial<Record<SiteLocale, string>>;

/** A page that exists in every locale at the same path (indexes, map, statistics…). */
export const everyLocale = (path: string): Alternates =>
  Object.fromEntries(LOCALES.map((locale) => [locale, localePath(locale, path)]));

type EntryKind = 'articles' | 'partnerships' | 'delegations' | 'periods' | 'fields' | 'categories' | 'tags';

/**
 * The pages of one entry in every locale where it is translated. Translations share their documentId;
 * their slugs may differ (`hop-tac-…` / `cooperation-…`), so each locale's path comes from its own entry.
 */
export async function entryAlternates(
  kind: EntryKind,
  documentId: string,
  pathOf: (slug: string) => string,
  /** For pages built only for some entries (a tag page needs articles): whether the page exists in that locale. */
  hasPage: (catalog: Catalog, documentId: string) => boolean = () => true,
): Promise<Alternates> {
  const alternates: Alternates = {};
  for (const locale of LOCALES) {
    const catalog: Catalog = await loadCatalog(locale);
    const entries: ReadonlyArray<{ documentId: string; slug: string }> = catalog[kind];
    const entry = entries.find((candidate) => candidate.documentId === documentId);
    if (entry && hasPage(catalog, documentId)) alternates[locale] = localePath(locale, pathOf(entry.slug));
  }
  return alternates;
}
