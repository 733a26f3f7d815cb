import { queries, type EntryKind, type EntryOf, type gql, type SiteLocale } from '@atlas/shared';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { z } from 'astro/zod';
import type { ENTRY_SCHEMAS } from '@atlas/shared';

/**
 * The site's collections, once: for each CMS content type, how the build reads it (the query paging its
 * changes, the relation lists that may need paging on) and how a GraphQL node becomes the entry the
 * content rules check. The loaders and content.config.ts derive from this list, the catalog reads each
 * collection by its key (shared/src/content-types.ts); the pages of the collections that have them are
 * described beside it, in src/lib/entry-pages.ts (pages are not part of the content layer's types).
 *
 * `toData` is typed from both ends — the generated GraphQL types of the node and the input of the
 * collection's schema — so a GraphQL document or a schema that drifts from the other fails `tsc`.
 */
export type ChangesAnswer = gql.ContentChangesQuery;
export type NodeOf<K extends EntryKind> = NonNullable<ChangesAnswer[K]>['nodes'][number];
export type EntryInput<K extends EntryKind> = z.input<(typeof ENTRY_SCHEMAS)[K]>;
export type { EntryOf };

export interface Page<N> {
  pageInfo: { pageCount: number };
  nodes: N[];
}
type FourPages<N> = Record<'p1' | 'p2' | 'p3' | 'p4', Page<N> | null>;
interface ChangedPagesVariables {
  locale: string;
  since: string;
  p1: number;
  p2: number;
  p3: number;
  p4: number;
  [key: string]: unknown;
}
interface RelationsPageVariables {
  documentId: string;
  locale: string;
  start: number;
  [key: string]: unknown;
}
type RelationLists<L extends string> = { entry: Partial<Record<L, readonly unknown[] | null>> | null };

export interface CollectionDefinition<K extends EntryKind, L extends string = string> {
  key: K;
  /** The CMS's name for the type, in build messages. */
  label: string;
  /** Pages `first`…`first + 3` of the changes since a cursor, in one request. */
  changedPages: TypedDocumentNode<FourPages<NodeOf<K>>, ChangedPagesVariables>;
  /** Relation lists a node may hold more of than the CMS returns at once (100), and how to page on. */
  relations?: { lists: readonly L[]; page: TypedDocumentNode<RelationLists<L>, RelationsPageVariables> };
  toData(node: NodeOf<K>, locale: SiteLocale): EntryInput<K>;
}

const compact = <T>(list: ReadonlyArray<T | null> | null | undefined): T[] => (list ?? []).filter((item): item is T => item !== null);
const idsOf = (list: ReadonlyArray<{ documentId: string } | null> | null | undefined) => compact(list).map((item) => item.documentId);
const idOf = (item: { documentId: string } | null) => item?.documentId ?? null;
/** What every entry carries: its id, its language (the one asked for) and when it last changed. */
const base = <N extends { documentId: string; updatedAt: string | null }>(node: N, locale: SiteLocale) => ({
  ...node,
  locale,
  updatedAt: node.updatedAt ?? '',
});

/** A body block the schema knows (the GraphQL union also answers `Error` for a component it cannot read). */
type BodyBlock = NonNullable<NodeOf<'articles'>['body'][number]>;
const isContentBlock = (block: BodyBlock | null): block is Exclude<BodyBlock, { __typename: 'Error' }> => block !== null && block.__typename !== 'Error';

const define = <K extends EntryKind, L extends string = never>(definition: CollectionDefinition<K, L>) => definition;

export const REGISTRY = {
  articles: define({
    key: 'articles',
    label: 'Article',
    changedPages: queries.ArticlesChanged,
    relations: { lists: ['tags', 'partnerships', 'delegations', 'relatedArticles'], page: queries.ArticleRelationsPage },
    toData: (node, locale) => ({
      ...base(node, locale),
      body: node.body.filter(isContentBlock),
      category: idOf(node.category),
      tags: idsOf(node.tags),
      partnerships: idsOf(node.partnerships),
      delegations: idsOf(node.delegations),
      relatedArticles: idsOf(node.relatedArticles),
    }),
  }),
  partnerships: define({
    key: 'partnerships',
    label: 'Partnership',
    changedPages: queries.PartnershipsChanged,
    relations: { lists: ['fields'], page: queries.PartnershipRelationsPage },
    toData: (node, locale) => ({
      ...base(node, locale),
      signatories: compact(node.signatories),
      localSide: idOf(node.localSide),
      partnerLocality: idOf(node.partnerLocality),
      fields: idsOf(node.fields),
    }),
  }),
  delegations: define({
    key: 'delegations',
    label: 'Delegation',
    changedPages: queries.DelegationsChanged,
    relations: { lists: ['fieldsDiscussed', 'partnerships'], page: queries.DelegationRelationsPage },
    toData: (node, locale) => ({
      ...base(node, locale),
      members: compact(node.members),
      fieldsDiscussed: idsOf(node.fieldsDiscussed),
      partnerships: idsOf(node.partnerships),
    }),
  }),
  periods: define({
    key: 'periods',
    label: 'CooperationPeriod',
    changedPages: queries.PeriodsChanged,
    relations: { lists: ['fields', 'documents'], page: queries.PeriodRelationsPage },
    toData: (node, locale) => ({
      ...base(node, locale),
      partnership: idOf(node.partnership),
      fields: idsOf(node.fields),
      actionItems: compact(node.actionItems).map((item) => ({ ...item, field: idOf(item.field) })),
      documents: compact(node.documents),
    }),
  }),
  localities: define({
    key: 'localities',
    label: 'Locality',
    changedPages: queries.LocalitiesChanged,
    toData: (node, locale) => ({ ...base(node, locale), country: idOf(node.country) }),
  }),
  countries: define({ key: 'countries', label: 'Country', changedPages: queries.CountriesChanged, toData: (node, locale) => base(node, locale) }),
  fields: define({ key: 'fields', label: 'CooperationField', changedPages: queries.FieldsChanged, toData: (node, locale) => base(node, locale) }),
  categories: define({
    key: 'categories',
    label: 'Category',
    changedPages: queries.CategoriesChanged,
    toData: (node, locale) => ({ ...base(node, locale), parent: idOf(node.parent) }),
  }),
  tags: define({ key: 'tags', label: 'Tag', changedPages: queries.TagsChanged, toData: (node, locale) => base(node, locale) }),
} satisfies { [K in EntryKind]: CollectionDefinition<K, string> };

export type Registry = typeof REGISTRY;

/** The collections, in the order the build reads them. */
export const COLLECTION_KEYS = Object.keys(REGISTRY) as EntryKind[];
