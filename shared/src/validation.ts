import { yearInVietnam } from './dates.ts';
import type { RuleKey, RuleParams } from './rules/messages.ts';

/**
 * Rules across fields, which a field's own type cannot express. They hold for every saved version, a
 * draft included (an end before its start is never a work in progress), so the CMS runs them on each
 * save; the entry schemas (rules/entries.ts) run them again for what is published.
 */
export interface RuleIssue {
  /** The attribute at fault, as the admin and the API name it. */
  field: string;
  rule: RuleKey;
  params?: RuleParams;
}

/** Calendar dates compare as strings (`YYYY-MM-DD`); date-times are compared as instants. */
function toComparable(value: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : Date.parse(value);
}

/** An end before its start is refused; either end may be missing (open periods, undated drafts). */
export function checkDateOrder(
  start: string | null | undefined,
  end: string | null | undefined,
  fields: { start: string; end: string } = { start: 'startDate', end: 'endDate' },
): RuleIssue[] {
  if (!start || !end) return [];
  const from = toComparable(start);
  const to = toComparable(end);
  if (Number.isNaN(from) || Number.isNaN(to) || to >= from) return [];
  return [{ field: fields.end, rule: 'dateOrder', params: { start, end, startField: fields.start } }];
}

/** Latitude in [-90, 90] and longitude in [-180, 180]; a missing coordinate is allowed. */
export function checkCoordinates(latitude: number | string | null | undefined, longitude: number | string | null | undefined): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const lat = latitude === null || latitude === undefined || latitude === '' ? null : Number(latitude);
  const lng = longitude === null || longitude === undefined || longitude === '' ? null : Number(longitude);
  if (lat !== null && !(lat >= -90 && lat <= 90)) issues.push({ field: 'latitude', rule: 'latitude', params: { value: String(latitude) } });
  if (lng !== null && !(lng >= -180 && lng <= 180)) issues.push({ field: 'longitude', rule: 'longitude', params: { value: String(longitude) } });
  return issues;
}

/** The earliest year a partnership may be dated: modern twinning began in the 1920s. */
export const EARLIEST_ESTABLISHED_YEAR = 1900;

/** An established year must not lie in the future (in Vietnam time) nor before modern twinning. */
export function checkEstablishedYear(year: number | null | undefined, now: Date = new Date()): RuleIssue[] {
  if (year === null || year === undefined) return [];
  const latest = yearInVietnam(now);
  return Number.isInteger(year) && year >= EARLIEST_ESTABLISHED_YEAR && year <= latest
    ? []
    : [{ field: 'establishedYear', rule: 'year', params: { value: year, min: EARLIEST_ESTABLISHED_YEAR, max: latest } }];
}
