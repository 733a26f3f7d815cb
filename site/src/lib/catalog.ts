import type { EntryKind, SiteLocale } from '@atlas/shared';
import { getCollection, type CollectionEntry } from 'astro:content';

/**
 * The content of one locale as pages use it: entries from the content store (src/content.config.ts)
 * with their relations resolved to entries, in reading order. Relations are stored on their owning
 * side only (an article names its partnerships); the other side (a partnership's articles) is derived
 * here, so both always agree.
 */
export type ArticleData = CollectionEntry<'articles'>['data'];
export type PartnershipData = CollectionEntry<'partnerships'>['data'];
export type DelegationData = CollectionEntry<'delegations'>['data'];
export type PeriodData = CollectionEntry<'periods'>['data'];
export type LocalityData = CollectionEntry<'localities'>['data'];
export type CountryData = CollectionEntry<'countries'>['data'];
export type FieldData = CollectionEntry<'fields'>['data'];
export type CategoryData = CollectionEntry<'categories'>['data'];
export type TagData = CollectionEntry<'tags'>['data'];
export type Media = ArticleData['cover'];
export type Person = DelegationData['leader'];

export type LocalityView = Omit<LocalityData, 'country'> & { country: CountryData | null };
export type ArticleView = Omit<ArticleData, 'category' | 'tags' | 'partnerships' | 'delegations' | 'relatedArticles'> & {
  category: CategoryData | null;
  tags: TagData[];
  partnerships: PartnershipData[];
  delegations: DelegationData[];
  relatedArticles: ArticleData[];
};
export type PartnershipView = Omit<PartnershipData, 'localSide' | 'partnerLocality' | 'fields'> & {
  localSide: LocalityView | null;
  partnerLocality: LocalityView | null;
  fields: FieldData[];
  periods: PeriodData[];
  delegations: DelegationData[];
  articles: ArticleData[];
};
export type DelegationView = Omit<DelegationData, 'fieldsDiscussed' | 'partnerships'> & {
  fieldsDiscussed: FieldData[];
  partnerships: PartnershipData[];
  articles: ArticleData[];
};
export type PeriodView = Omit<PeriodData, 'partnership' | 'fields' | 'actionItems'> & {
  partnership: PartnershipData | null;
  fields: FieldData[];
  actionItems: Array<{ description: string; progress: string; field: FieldData | null }>;
};

export interface Catalog {
  locale: SiteLocale;
  articles: ArticleView[];
  partnerships: PartnershipView[];
  delegations: DelegationView[];
  periods: PeriodView[];
  localities: LocalityView[];
  /** Supporting types, sorted by name in the locale's collation. */
  countries: CountryData[];
  fields: FieldData[];
  categories: CategoryData[];
  tags: TagData[];
}

type Named = { documentId: string };
const byId = <T extends Named>(entries: T[]) => new Map(entries.map((entry) => [entry.documentId, entry]));
const pick = <T>(index: Map<string, T>, ids: readonly string[]) => ids.flatMap((id) => index.get(id) ?? []);
const one = <T>(index: Map<string, T>, id: string | null) => (id ? (index.get(id) ?? null) : null);
const byName = (locale: SiteLocale) => (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, locale);
const newestFirst = (a: { publicationDate: string }, b: { publicationDate: string }) => b.publicationDate.localeCompare(a.publicationDate);

async function entriesOf<C extends EntryKind>(collection: C, locale: SiteLocale): Promise<Array<CollectionEntry<C>['data']>> {
  const entries = await getCollection(collection, (entry) => entry.id.startsWith(`${locale}/`));
  return entries.map((entry) => entry.data);
}

async function buildCatalog(locale: SiteLocale): Promise<Catalog> {
  const [articles, partnerships, delegations, periods, localities, countries, fields, categories, tags] = await Promise.all([
    entriesOf('articles', locale),
    entriesOf('partnerships', locale),
    entriesOf('delegations', locale),
    entriesOf('periods', locale),
    entriesOf('localities', locale),
    entriesOf('countries', locale),
    entriesOf('fields', locale),
    entriesOf('categories', locale),
    entriesOf('tags', locale),
  ]);
  const index = {
    articles: byId(articles),
    partnerships: byId(partnerships),
    delegations: byId(delegations),
    countries: byId(countries),
    fields: byId(fields),
    categories: byId(categories),
    tags: byId(tags),
  };
  const localityViews = byId(localities.map((locality): LocalityView => ({ ...locality, country: one(index.countries, locality.country) })));
  const sortedArticles = [...articles].sort(newestFirst);
  const articlesOf = (key: 'partnerships' | 'delegations', documentId: string) => sortedArticles.filter((article) => article[key].includes(documentId));

  return {
    locale,
    articles: sortedArticles.map((article) => ({
      ...article,
      category: one(index.categories, article.category),
      tags: pick(index.tags, article.tags),
      partnerships: pick(index.partnerships, article.partnerships),
      delegations: pick(index.delegations, article.delegations),
      relatedArticles: pick(index.articles, article.relatedArticles),
    })),
    partnerships: [...partnerships]
      .sort((a, b) => a.title.localeCompare(b.title, locale))
      .map((partnership) => ({
        ...partnership,
        localSide: one(localityViews, partnership.localSide),
        partnerLocality: one(localityViews, partnership.partnerLocality),
        fields: pick(index.fields, partnership.fields),
        periods: periods.filter((period) => period.partnership === partnership.documentId).sort((a, b) => a.startDate.localeCompare(b.startDate)),
        delegations: delegations.filter((d) => d.partnerships.includes(partnership.documentId)).sort((a, b) => b.startDate.localeCompare(a.startDate)),
        articles: articlesOf('partnerships', partnership.documentId),
      })),
    delegations: [...delegations]
      .sort((a, b) => b.startDate.localeCompare(a.startDate))
      .map((delegation) => ({
        ...delegation,
        fieldsDiscussed: pick(index.fields, delegation.fieldsDiscussed),
        partnerships: pick(index.partnerships, delegation.partnerships),
        articles: articlesOf('delegations', delegation.documentId),
      })),
    periods: [...periods]
      .sort((a, b) => a.startDate.localeCompare(b.startDate))
      .map((period) => ({
        ...period,
        partnership: one(index.partnerships, period.partnership),
        fields: pick(index.fields, period.fields),
        actionItems: period.actionItems.map((item) => ({ ...item, field: one(index.fields, item.field) })),
      })),
    localities: [...localityViews.values()].sort(byName(locale)),
    countries: [...countries].sort(byName(locale)),
    fields: [...fields].sort(byName(locale)),
    categories: [...categories].sort(byName(locale)),
    tags: [...tags].sort(byName(locale)),
  };
}

const catalogs = new Map<SiteLocale, Promise<Catalog>>();

/** The catalog of a locale, built once per build. */
export function loadCatalog(locale: SiteLocale = 'vi'): Promise<Catalog> {
  let catalog = catalogs.get(locale);
  if (!catalog) {
    catalog = buildCatalog(locale);
    catalogs.set(locale, catalog);
  }
  return catalog;
}

/** Absolute URL of a CMS media path, for astro:assets to fetch and optimise at build time. */
export function mediaUrl(path: string): string {
  return new URL(path, process.env.CMS_URL ?? 'http://127.0.0.1:1337').toString();
}
