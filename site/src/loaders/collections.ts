import type { EntryKind, SiteLocale } from '@atlas/shared';
import { queries, type gql } from '@atlas/shared';
import { COLLECTION_KEYS, type ChangesAnswer, type CollectionDefinition, type NodeOf, type Page } from './registry.ts';
import type { CmsTransport } from './transport.ts';

/**
 * How any collection of the registry (registry.ts) is read: its part of the batched ContentChanges
 * answer, pages 2…n of its changes four to a request, and relation lists paged on past the CMS's 100.
 */
const EMPTY_PAGE = { pageInfo: { pageCount: 0 }, nodes: [] };
/** A connection the CMS answered null for (not readable with this token) counts as empty. */
const pageOf = <N>(connection: Page<N> | null | undefined): Page<N> => connection ?? EMPTY_PAGE;
/** Pages per request of the *Changed documents. */
export const PAGES_PER_REQUEST = 4;
/** The CMS's relation cap per request: a list this long may have more. */
export const RELATION_PAGE = 100;

/** This collection's part of the batched ContentChanges answer: its first page and its total now. */
export function fromChanges<K extends EntryKind>(key: K, answer: ChangesAnswer): { page: Page<NodeOf<K>>; total: number } {
  // The answer's aliases are typed one by one; `key` picks a matching pair of them.
  const page = answer[key] as Page<NodeOf<K>> | null;
  const total = answer[`${key}Total`];
  return { page: pageOf(page), total: total?.pageInfo.total ?? 0 };
}

/** Pages `first` to `first + 3` of the changes since `since`, in one request. */
export async function changedPages<K extends EntryKind>(
  definition: CollectionDefinition<K>,
  transport: CmsTransport,
  locale: SiteLocale,
  since: string,
  first: number,
): Promise<Array<Page<NodeOf<K>>>> {
  const answer = await transport.request(definition.changedPages, { locale, since, p1: first, p2: first + 1, p3: first + 2, p4: first + 3 });
  return [answer.p1, answer.p2, answer.p3, answer.p4].map(pageOf);
}

/** Fetches the next pages of a node's relation lists until none comes back full, and appends them. */
export async function completeRelations<K extends EntryKind>(
  definition: CollectionDefinition<K>,
  transport: CmsTransport,
  node: NodeOf<K>,
  locale: SiteLocale,
): Promise<NodeOf<K>> {
  const relations = definition.relations;
  if (!relations) return node;
  // The lists are named by the definition and read by name; each is a list of related entries' ids.
  const lists = node as unknown as Record<string, readonly unknown[] | null>;
  const merged = new Map<string, unknown[]>(relations.lists.map((name) => [name, [...(lists[name] ?? [])]]));
  let pending = relations.lists.filter((name) => (lists[name]?.length ?? 0) >= RELATION_PAGE);
  for (let start = RELATION_PAGE; pending.length > 0; start += RELATION_PAGE) {
    const next = (await transport.request(relations.page, { documentId: node.documentId, locale, start })).entry;
    pending = pending.filter((name) => {
      const page = next?.[name] ?? [];
      merged.get(name)?.push(...page);
      return page.length >= RELATION_PAGE;
    });
  }
  // Each list keeps its element type: pages of the same field were appended to it.
  return { ...node, ...Object.fromEntries(merged) };
}

/** The documentIds a collection holds now in one locale, for spotting what was unpublished or deleted. */
export async function existingIds(transport: CmsTransport, locale: SiteLocale, key: EntryKind): Promise<Set<string>> {
  const only = Object.fromEntries(COLLECTION_KEYS.map((name) => [name, name === key])) as Record<EntryKind, boolean>;
  const found = new Set<string>();
  for (let page = 1; ; page += 1) {
    const answer: gql.ExistingIdsQuery = await transport.request(queries.ExistingIds, { locale, page, ...only });
    const connection = answer[key];
    if (!connection) throw new Error(`The CMS answer to ExistingIds has no "${key}"`);
    for (const node of connection.nodes) found.add(node.documentId);
    if (page >= connection.pageInfo.pageCount) return found;
  }
}
