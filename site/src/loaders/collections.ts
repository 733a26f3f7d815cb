import { queries, type gql, type SiteLocale } from '@atlas/shared';
import type { ChangesAnswer, CollectionKey } from './coordinator.ts';
import type { CmsTransport } from './transport.ts';

/**
 * How each CMS collection is read and turned into store entries: which query pages its changes, how a
 * full relation list is paged on, and how a GraphQL node becomes the entry its schema checks.
 */
type NodeOf<K extends CollectionKey> = NonNullable<ChangesAnswer[K]>['nodes'][number];
interface Page<N> {
  pageInfo: { pageCount: number };
  nodes: N[];
}
export interface SyncedNode {
  documentId: string;
  updatedAt: string | null;
}

export interface CollectionSpec<N extends SyncedNode = SyncedNode> {
  key: CollectionKey;
  /** The CMS's name for it, in messages. */
  label: string;
  /** This collection's part of the batched ContentChanges answer. */
  fromChanges(answer: ChangesAnswer): { page: Page<N>; total: number };
  /** Pages `first` to `first + 3` of the changes since `since`, in one request. */
  changedPages(transport: CmsTransport, locale: SiteLocale, since: string, first: number): Promise<Array<Page<N>>>;
  /** Pages on every relation list that came back full (100 long), so none is cut short. */
  completeRelations(transport: CmsTransport, node: N, locale: SiteLocale): Promise<N>;
  toData(node: N): unknown;
}

const EMPTY_PAGE = { pageInfo: { pageCount: 0 }, nodes: [] };
/** A connection the CMS answered null for (not readable with this token) counts as empty. */
const pageOf = <N>(connection: Page<N> | null | undefined): Page<N> => connection ?? EMPTY_PAGE;
/** Pages per request of the *Changed documents. */
export const PAGES_PER_REQUEST = 4;
const fourPages = (first: number) => ({ p1: first, p2: first + 1, p3: first + 2, p4: first + 3 });
const pagesOf = <N>(answer: { p1: Page<N> | null; p2: Page<N> | null; p3: Page<N> | null; p4: Page<N> | null }): Array<Page<N>> =>
  [answer.p1, answer.p2, answer.p3, answer.p4].map(pageOf);

function changesOf<K extends CollectionKey>(key: K) {
  return (answer: ChangesAnswer): { page: Page<NodeOf<K>>; total: number } => {
    // The answer's aliases are typed one by one; `key` picks a matching pair of them.
    const page = answer[key] as Page<NodeOf<K>> | null;
    const total = answer[`${key}Total` as keyof ChangesAnswer] as { pageInfo: { total: number } } | null;
    return { page: pageOf(page), total: total?.pageInfo.total ?? 0 };
  };
}

/** The CMS's relation cap per request: a list this long may have more. */
export const RELATION_PAGE = 100;

const compact = <T>(list: ReadonlyArray<T | null> | null | undefined): T[] => (list ?? []).filter((item): item is T => item !== null);
const idsOf = (list: ReadonlyArray<{ documentId: string } | null> | null | undefined) => compact(list).map((item) => item.documentId);
const full = (...lists: Array<readonly unknown[] | null | undefined>) => lists.some((list) => (list?.length ?? 0) >= RELATION_PAGE);

/** Fetches the next pages of a node's relation lists until none comes back full, and appends them. */
async function pageOn<Lists extends Record<string, readonly unknown[]>>(
  lists: Lists,
  fetchFrom: (start: number) => Promise<Partial<Record<keyof Lists, readonly unknown[] | null>> | null>,
): Promise<Lists> {
  const merged = new Map<keyof Lists, unknown[]>(Object.entries(lists).map(([name, list]) => [name, [...list]]));
  let pending = [...merged.keys()].filter((name) => (lists[name]?.length ?? 0) >= RELATION_PAGE);
  for (let start = RELATION_PAGE; pending.length > 0; start += RELATION_PAGE) {
    const next = await fetchFrom(start);
    pending = pending.filter((name) => {
      const page = next?.[name] ?? [];
      merged.get(name)?.push(...page);
      return page.length >= RELATION_PAGE;
    });
  }
  // Each list keeps its element type: pages of the same field were appended to it.
  return Object.fromEntries(merged) as unknown as Lists;
}

const noRelations = async <N>(_transport: CmsTransport, node: N): Promise<N> => node;

const articles: CollectionSpec<NodeOf<'articles'>> = {
  key: 'articles',
  label: 'Article',
  fromChanges: changesOf('articles'),
  changedPages: async (transport, locale, since, first) => pagesOf(await transport.request(queries.ArticlesChanged, { locale, since, ...fourPages(first) })),
  completeRelations: async (transport, node, locale) => {
    if (!full(node.tags, node.partnerships, node.delegations, node.relatedArticles)) return node;
    const lists = { tags: node.tags, partnerships: node.partnerships, delegations: node.delegations, relatedArticles: node.relatedArticles };
    const more = await pageOn(
      lists,
      async (start) => (await transport.request(queries.ArticleRelationsPage, { documentId: node.documentId, locale, start })).entry,
    );
    return { ...node, ...more };
  },
  toData: (node) => ({
    ...node,
    body: compact(node.body).filter((block) => block.__typename !== 'Error'),
    category: node.category?.documentId ?? null,
    tags: idsOf(node.tags),
    partnerships: idsOf(node.partnerships),
    delegations: idsOf(node.delegations),
    relatedArticles: idsOf(node.relatedArticles),
  }),
};

const partnerships: CollectionSpec<NodeOf<'partnerships'>> = {
  key: 'partnerships',
  label: 'Partnership',
  fromChanges: changesOf('partnerships'),
  changedPages: async (transport, locale, since, first) =>
    pagesOf(await transport.request(queries.PartnershipsChanged, { locale, since, ...fourPages(first) })),
  completeRelations: async (transport, node, locale) => {
    if (!full(node.fields)) return node;
    const more = await pageOn(
      { fields: node.fields },
      async (start) => (await transport.request(queries.PartnershipRelationsPage, { documentId: node.documentId, locale, start })).entry,
    );
    return { ...node, ...more };
  },
  toData: (node) => ({
    ...node,
    signatories: compact(node.signatories),
    localSide: node.localSide?.documentId ?? null,
    partnerLocality: node.partnerLocality?.documentId ?? null,
    fields: idsOf(node.fields),
  }),
};

const delegations: CollectionSpec<NodeOf<'delegations'>> = {
  key: 'delegations',
  label: 'Delegation',
  fromChanges: changesOf('delegations'),
  changedPages: async (transport, locale, since, first) => pagesOf(await transport.request(queries.DelegationsChanged, { locale, since, ...fourPages(first) })),
  completeRelations: async (transport, node, locale) => {
    if (!full(node.fieldsDiscussed, node.partnerships)) return node;
    const lists = { fieldsDiscussed: node.fieldsDiscussed, partnerships: node.partnerships };
    const more = await pageOn(
      lists,
      async (start) => (await transport.request(queries.DelegationRelationsPage, { documentId: node.documentId, locale, start })).entry,
    );
    return { ...node, ...more };
  },
  toData: (node) => ({
    ...node,
    members: compact(node.members),
    fieldsDiscussed: idsOf(node.fieldsDiscussed),
    partnerships: idsOf(node.partnerships),
  }),
};

const periods: CollectionSpec<NodeOf<'periods'>> = {
  key: 'periods',
  label: 'CooperationPeriod',
  fromChanges: changesOf('periods'),
  changedPages: async (transport, locale, since, first) => pagesOf(await transport.request(queries.PeriodsChanged, { locale, since, ...fourPages(first) })),
  completeRelations: async (transport, node, locale) => {
    if (!full(node.fields, node.documents)) return node;
    const lists = { fields: node.fields, documents: node.documents };
    const more = await pageOn(
      lists,
      async (start) => (await transport.request(queries.PeriodRelationsPage, { documentId: node.documentId, locale, start })).entry,
    );
    return { ...node, ...more };
  },
  toData: (node) => ({
    ...node,
    partnership: node.partnership?.documentId ?? null,
    fields: idsOf(node.fields),
    actionItems: compact(node.actionItems).map((item) => ({ ...item, field: item.field?.documentId ?? null })),
    documents: compact(node.documents),
  }),
};

const localities: CollectionSpec<NodeOf<'localities'>> = {
  key: 'localities',
  label: 'Locality',
  fromChanges: changesOf('localities'),
  changedPages: async (transport, locale, since, first) => pagesOf(await transport.request(queries.LocalitiesChanged, { locale, since, ...fourPages(first) })),
  completeRelations: noRelations,
  toData: (node) => ({ ...node, country: node.country?.documentId ?? null }),
};

const countries: CollectionSpec<NodeOf<'countries'>> = {
  key: 'countries',
  label: 'Country',
  fromChanges: changesOf('countries'),
  changedPages: async (transport, locale, since, first) => pagesOf(await transport.request(queries.CountriesChanged, { locale, since, ...fourPages(first) })),
  completeRelations: noRelations,
  toData: (node) => node,
};

const fields: CollectionSpec<NodeOf<'fields'>> = {
  key: 'fields',
  label: 'CooperationField',
  fromChanges: changesOf('fields'),
  changedPages: async (transport, locale, since, first) => pagesOf(await transport.request(queries.FieldsChanged, { locale, since, ...fourPages(first) })),
  completeRelations: noRelations,
  toData: (node) => node,
};

const categories: CollectionSpec<NodeOf<'categories'>> = {
  key: 'categories',
  label: 'Category',
  fromChanges: changesOf('categories'),
  changedPages: async (transport, locale, since, first) => pagesOf(await transport.request(queries.CategoriesChanged, { locale, since, ...fourPages(first) })),
  completeRelations: noRelations,
  toData: (node) => ({ ...node, parent: node.parent?.documentId ?? null }),
};

const tags: CollectionSpec<NodeOf<'tags'>> = {
  key: 'tags',
  label: 'Tag',
  fromChanges: changesOf('tags'),
  changedPages: async (transport, locale, since, first) => pagesOf(await transport.request(queries.TagsChanged, { locale, since, ...fourPages(first) })),
  completeRelations: noRelations,
  toData: (node) => node,
};

export const COLLECTIONS = { articles, partnerships, delegations, periods, localities, countries, fields, categories, tags };

/** The documentIds a collection holds now in one locale, for spotting what was unpublished or deleted. */
export async function existingIds(transport: CmsTransport, locale: SiteLocale, key: CollectionKey): Promise<Set<string>> {
  const only = Object.fromEntries(Object.keys(COLLECTIONS).map((name) => [name, name === key])) as Record<CollectionKey, boolean>;
  const found = new Set<string>();
  for (let page = 1; ; page += 1) {
    const answer: gql.ExistingIdsQuery = await transport.request(queries.ExistingIds, { locale, page, ...only });
    const connection = answer[key];
    if (!connection) throw new Error(`The CMS answer to ExistingIds has no "${key}"`);
    for (const node of connection.nodes) found.add(node.documentId);
    if (page >= connection.pageInfo.pageCount) return found;
  }
}
