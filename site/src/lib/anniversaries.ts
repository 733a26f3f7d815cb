import type { PartnershipView } from './catalog.ts';

export interface Anniversary {
  partnership: PartnershipView;
  years: number;
}

/**
 * Partnerships that round a five-year mark in `year` (5, 10, … 50 years): the anniversaries the
 * newsroom plans coverage for. A partnership with no establishment year has none.
 */
export function anniversariesIn(year: number, partnerships: readonly PartnershipView[]): Anniversary[] {
  return partnerships
    .flatMap((partnership) => {
      const since = partnership.establishedYear ?? (partnership.establishedDate ? Number(partnership.establishedDate.slice(0, 4)) : null);
      const years = since === null ? 0 : year - since;
      return years > 0 && years % 5 === 0 ? [{ partnership, years }] : [];
    })
    .sort((a, b) => b.years - a.years);
}

export interface UpcomingAnniversary extends Anniversary {
  year: number;
}

/** The next five-year mark after `year` of each partnership, soonest first: what to plan for. */
export function upcomingAnniversaries(year: number, partnerships: readonly PartnershipView[], limit = 3): UpcomingAnniversary[] {
  return partnerships
    .flatMap((partnership) => {
      const since = partnership.establishedYear ?? (partnership.establishedDate ? Number(partnership.establishedDate.slice(0, 4)) : null);
      if (since === null) return [];
      const years = Math.max(5, (Math.floor((year - since) / 5) + 1) * 5);
      return [{ partnership, years, year: since + years }];
    })
    .sort((a, b) => a.year - b.year || b.years - a.years)
    .slice(0, limit);
}
