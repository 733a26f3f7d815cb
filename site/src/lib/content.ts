import { documents, type SiteLocale } from '@atlas/shared';
import { createCmsClient } from './cms-client.ts';
import type { Article, CooperationPeriod, Delegation, Partnership } from './types.ts';

/**
 * All published content of one locale, read once per build. Every collection is paged to its end, so
 * nothing is dropped at the CMS's page size.
 */
const PAGE_SIZE = 100;
const request = createCmsClient();

interface Connection<T> {
  pageInfo: { page: number; pageCount: number; total: number };
  nodes: T[];
}

async function fetchAll<T>(document: string, field: string, locale: SiteLocale): Promise<T[]> {
  const all: T[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await request<Record<string, Connection<T>>>(document, { locale, page, pageSize: PAGE_SIZE });
    const connection = answer[field];
    if (!connection) throw new Error(`The CMS answer has no "${field}"`);
    all.push(...connection.nodes);
    if (page >= connection.pageInfo.pageCount) return all;
  }
}

export interface SiteContent {
  articles: Article[];
  partnerships: Partnership[];
  delegations: Delegation[];
  periods: CooperationPeriod[];
}

const cache = new Map<SiteLocale, Promise<SiteContent>>();

export function loadContent(locale: SiteLocale = 'vi'): Promise<SiteContent> {
  let pending = cache.get(locale);
  if (!pending) {
    pending = (async () => {
      const [articles, partnerships, delegations, periods] = await Promise.all([
        fetchAll<Article>(documents.ARTICLES_PAGE, 'articles_connection', locale),
        fetchAll<Partnership>(documents.PARTNERSHIPS_PAGE, 'partnerships_connection', locale),
        fetchAll<Delegation>(documents.DELEGATIONS_PAGE, 'delegations_connection', locale),
        fetchAll<CooperationPeriod>(documents.PERIODS_PAGE, 'cooperationPeriods_connection', locale),
      ]);
      return { articles, partnerships, delegations, periods };
    })();
    cache.set(locale, pending);
  }
  return pending;
}

/** Absolute URL of a CMS media path, for astro:assets to fetch and optimise at build time. */
export function mediaUrl(path: string): string {
  return new URL(path, process.env.CMS_URL ?? 'http://127.0.0.1:1337').toString();
}
