import type { PartnershipView as Partnership } from './catalog.ts';
import { localePath, paths } from './i18n.ts';

/** One dated event on a partnership's page: a cooperation period, a delegation or an article. */
export interface TimelineEvent {
  kind: 'period' | 'delegation' | 'article';
  /** ISO date or date-time; events sort on it. */
  date: string;
  title: string;
  href: string;
}

/**
 * Joins a partnership's periods, delegations and articles into one list in date order (oldest first,
 * as a history reads). Calendar dates count as midnight in Vietnam, so an article published on the day
 * a delegation arrived follows it.
 */
export function partnershipTimeline(partnership: Partnership): TimelineEvent[] {
  const link = (path: string) => localePath(partnership.locale, path);
  const events: TimelineEvent[] = [
    ...partnership.periods.map((p) => ({ kind: 'period' as const, date: p.startDate, title: p.name, href: link(paths.period(p.slug)) })),
    ...partnership.delegations.map((d) => ({ kind: 'delegation' as const, date: d.startDate, title: d.title, href: link(paths.delegation(d.slug)) })),
    ...partnership.articles.map((a) => ({ kind: 'article' as const, date: a.publicationDate, title: a.title, href: link(paths.article(a.slug)) })),
  ];
  const instant = (date: string) => Date.parse(date.length === 10 ? `${date}T00:00:00+07:00` : date);
  return events.sort((a, b) => instant(a.date) - instant(b.date));
}
