import { DELEGATION_DIRECTIONS, yearInVietnam, type DelegationDirection, type SiteLocale } from '@atlas/shared';
import type { Catalog, DelegationView, FieldData, PartnershipView } from './catalog.ts';

/**
 * The figures of the statistics page, counted from a locale's catalog at build time. Each function
 * returns rows ready for a bar chart (src/lib/svg-charts.ts): a stable key, a label in the locale, and
 * the count or counts.
 */

export interface Count {
  key: string;
  label: string;
  value: number;
}

export interface DirectionCount {
  key: string;
  label: string;
  values: Record<DelegationDirection, number>;
}

const DIRECTIONS = ['inbound', 'outbound'] as const satisfies readonly DelegationDirection[];
/** The short words a chart writes after each count (`5 vào · 7 ra`), so colour is never the only cue. */
const DIRECTION_SHORT = {
  vi: { inbound: 'vào', outbound: 'ra' },
  en: { inbound: 'in', outbound: 'out' },
} as const satisfies Record<SiteLocale, Record<DelegationDirection, string>>;

/** Highest count first; equal counts in the locale's alphabetical order. */
const byCountThenLabel = (locale: SiteLocale) => (a: Count, b: Count) => b.value - a.value || a.label.localeCompare(b.label, locale);

function tally<T>(items: Iterable<T>, identify: (item: T) => { key: string; label: string } | null): Map<string, Count> {
  const counts = new Map<string, Count>();
  for (const item of items) {
    const id = identify(item);
    if (!id) continue;
    const count = counts.get(id.key) ?? { ...id, value: 0 };
    count.value += 1;
    counts.set(id.key, count);
  }
  return counts;
}

/** Every year from the first to the last, so that a quiet stretch shows as empty bars, not as no time. */
function span(years: Iterable<number>, step: number): number[] {
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return [];
  return Array.from({ length: (last - first) / step + 1 }, (_, i) => first + i * step);
}

/**
 * Partnerships by the partner locality's country, keyed by ISO code. A partnership whose partner
 * locality or its country is not recorded is not counted.
 */
export function partnershipsByCountry(partnerships: readonly PartnershipView[], locale: SiteLocale): Count[] {
  const counts = tally(partnerships, (p) => {
    const country = p.partnerLocality?.country;
    return country ? { key: country.isoCode, label: country.name } : null;
  });
  return [...counts.values()].sort(byCountThenLabel(locale));
}

/**
 * The year a partnership was established: the recorded year, else the year of the recorded date.
 * A calendar date carries no time zone, so its year is its first four digits.
 */
export function establishedYearOf(partnership: Pick<PartnershipView, 'establishedYear' | 'establishedDate'>): number | null {
  if (partnership.establishedYear !== null) return partnership.establishedYear;
  return partnership.establishedDate ? Number(partnership.establishedDate.slice(0, 4)) : null;
}

export const decadeLabel = (decade: number, locale: SiteLocale) => (locale === 'vi' ? `thập niên ${decade}` : `${decade}s`);

/**
 * Partnerships by decade of establishment (`1990s` keys), oldest first, with the decades between the
 * first and the last included at zero. A partnership with no year or date is not counted.
 */
export function partnershipsByDecade(partnerships: readonly PartnershipView[], locale: SiteLocale): Count[] {
  const decades = partnerships.flatMap((p) => {
    const year = establishedYearOf(p);
    return year === null ? [] : [Math.floor(year / 10) * 10];
  });
  const counts = tally(decades, (decade) => ({ key: `${decade}s`, label: decadeLabel(decade, locale) }));
  return span(decades, 10).map((decade) => counts.get(`${decade}s`) ?? { key: `${decade}s`, label: decadeLabel(decade, locale), value: 0 });
}

/**
 * Delegations per year of their start date in Vietnam time, split by direction, oldest year first with
 * the years between included at zero. A delegation with a direction outside the two is not counted.
 */
export function delegationsPerYear(delegations: readonly DelegationView[]): DirectionCount[] {
  const isDirection = (value: string): value is DelegationDirection => DIRECTIONS.some((direction) => direction === value);
  const counted = delegations.flatMap((d) => (isDirection(d.direction) ? [{ year: yearInVietnam(d.startDate), direction: d.direction }] : []));
  const rows = new Map(
    span(
      counted.map((d) => d.year),
      1,
    ).map((year) => [year, { inbound: 0, outbound: 0 }]),
  );
  for (const { year, direction } of counted) {
    const values = rows.get(year);
    if (values) values[direction] += 1;
  }
  return [...rows].map(([year, values]) => ({ key: String(year), label: String(year), values }));
}

/** The two directions as chart series, in the order the chart stacks them. */
export function delegationSeries(locale: SiteLocale): Array<{ key: DelegationDirection; label: string; shortLabel: string }> {
  return DIRECTIONS.map((key) => ({ key, label: DELEGATION_DIRECTIONS[key][locale], shortLabel: DIRECTION_SHORT[locale][key] }));
}

/**
 * The fields of cooperation cited most, keyed by slug. The rule: each partnership (its fields), each
 * cooperation period (its fields) and each delegation (the fields it discussed) cites a field once at
 * most, however often its list repeats it. Articles carry no fields, and a period's action items are
 * details of the period, so neither is counted. Highest count first; `limit` keeps the top rows.
 */
export function fieldsMostCited(
  catalog: Pick<Catalog, 'partnerships' | 'periods' | 'delegations'>,
  locale: SiteLocale,
  limit = Number.POSITIVE_INFINITY,
): Count[] {
  const citations: FieldData[] = [
    ...catalog.partnerships.map((p) => p.fields),
    ...catalog.periods.map((p) => p.fields),
    ...catalog.delegations.map((d) => d.fieldsDiscussed),
  ].flatMap((fields) => [...new Map(fields.map((field) => [field.documentId, field])).values()]);
  const counts = tally(citations, (field) => ({ key: field.slug, label: field.name }));
  return [...counts.values()].sort(byCountThenLabel(locale)).slice(0, limit);
}
