import { LOCALES } from '@atlas/shared';
import { loadCatalog, type Catalog } from './catalog.ts';
import type { PagedKind } from './entry-pages.ts';
import { langParam } from './i18n.ts';

/** The entry pages that show one entry as it is (sections, tags and fields gather others around theirs). */
type EntryKind = Extract<PagedKind, 'articles' | 'partnerships' | 'delegations' | 'periods'>;

/** Static paths of an entry page (`[...lang]/<section>/[slug]`): one per entry per locale it is published in. */
export async function entryPaths<K extends EntryKind>(kind: K) {
  const routes: Array<{ params: { lang: 'en' | undefined; slug: string }; props: { entry: Catalog[K][number] } }> = [];
  for (const locale of LOCALES) {
    const entries: ReadonlyArray<Catalog[K][number]> = (await loadCatalog(locale))[kind];
    for (const entry of entries) routes.push({ params: { lang: langParam(locale), slug: entry.slug }, props: { entry } });
  }
  return routes;
}
