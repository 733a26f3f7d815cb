import { LOCALES, type SiteLocale } from '@atlas/shared';
import { loadCatalog } from './catalog.ts';
import { entryPage, hasPage, type PagedKind } from './entry-pages.ts';
import { localePath } from './i18n.ts';

/** The path of a page in each language it exists in (see the translation rule in i18n.ts). */
export type Alternates = Partial<Record<SiteLocale, string>>;

/** A page that exists in every locale at the same path (indexes, map, statistics…). */
export const everyLocale = (path: string): Alternates => Object.fromEntries(LOCALES.map((locale) => [locale, localePath(locale, path)]));

/**
 * The pages of one entry in every locale where it is translated. Translations share their documentId;
 * their slugs may differ (`hop-tac-…` / `cooperation-…`), so each locale's path comes from its own entry.
 */
type Slugged = { documentId: string; slug: string };
const indexes = new Map<string, Promise<Map<string, Slugged>>>();

/** A locale's entries of one kind by documentId, built once per build: every entry page looks itself up. */
function indexOf(locale: SiteLocale, kind: PagedKind): Promise<Map<string, Slugged>> {
  const key = `${locale}/${kind}`;
  let index = indexes.get(key);
  if (!index) {
    index = loadCatalog(locale).then((catalog) => new Map(catalog[kind].map((entry: Slugged) => [entry.documentId, entry])));
    indexes.set(key, index);
  }
  return index;
}

export async function entryAlternates(kind: PagedKind, documentId: string): Promise<Alternates> {
  const alternates: Alternates = {};
  for (const locale of LOCALES) {
    const entry = (await indexOf(locale, kind)).get(documentId);
    if (entry && hasPage(kind, await loadCatalog(locale), documentId)) alternates[locale] = localePath(locale, entryPage(kind).pathOf(entry.slug));
  }
  return alternates;
}
