import type { PartnershipView as Partnership } from './catalog.ts';

/** One dated event on a partnership's page: a cooperation period, a delegation or an article. */
export interface TimelineEvent {
  kind: 'period' | 'delegation' | 'article';
  /** ISO date or date-time; events sort on it. */
  date: string;
  title: string;
  href: string;
}

/** Joins a partnership's periods, delegations and articles into one list in date order. */
export function partnershipTimeline(partnership: Partnership): TimelineEvent[] {
  const events: TimelineEvent[] = [
    ...partnership.periods.map((p) => ({ kind: 'period' as const, date: p.startDate, title: p.name, href: `/periods/${p.slug}/` })),
    ...partnership.delegations.map((d) => ({ kind: 'delegation' as const, date: d.startDate, title: d.title, href: `/delegations/${d.slug}/` })),
    ...partnership.articles.map((a) => ({ kind: 'article' as const, date: a.publicationDate, title: a.title, href: `/articles/${a.slug}/` })),
  ];
  return events.sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
}
