/**
 * Dates as the newsroom prints them, always in Vietnam time (GMT+7, no daylight saving) whatever the
 * time zone of the machine that builds the site.
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export type SiteLocale = 'vi' | 'en';

function partsInVietnam(date: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: VIETNAM_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((part) => part.type === type)?.value ?? '';
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

function toDate(value: string | Date): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date-time: ${String(value)}`);
  return date;
}

/** `14:11 | 18/02/2022 GMT+7` in Vietnamese; `18 February 2022, 14:11 GMT+7` in English. */
export function formatDateTime(value: string | Date, locale: SiteLocale = 'vi'): string {
  const date = toDate(value);
  if (locale === 'vi') {
    const p = partsInVietnam(date);
    return `${p.hour}:${p.minute} | ${p.day}/${p.month}/${p.year} GMT+7`;
  }
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone: VIETNAM_TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
  const p = partsInVietnam(date);
  return `${day}, ${p.hour}:${p.minute} GMT+7`;
}

/**
 * A calendar date (`YYYY-MM-DD`, as Strapi stores `date` fields) printed day first in Vietnamese
 * (`3/9/2025`) and as `3 September 2025` in English. Calendar dates carry no time zone: they are
 * read as UTC so that no machine time zone can shift them by a day.
 */
export function formatCalendarDate(value: string, locale: SiteLocale = 'vi'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${value}`);
  const [, year, month, day] = match;
  if (locale === 'vi') return `${Number(day)}/${Number(month)}/${year}`;
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${value}T00:00:00Z`));
}

/** The year of a calendar date or date-time, in Vietnam time. */
export function yearInVietnam(value: string | Date): number {
  return Number(partsInVietnam(toDate(value)).year);
}

/** A span of calendar dates: `2022 – 2025` style ranges print both ends, an open end prints `nay`/`present`. */
export function formatDateRange(start: string, end: string | null | undefined, locale: SiteLocale = 'vi'): string {
  const open = locale === 'vi' ? 'nay' : 'present';
  return `${formatCalendarDate(start, locale)} – ${end ? formatCalendarDate(end, locale) : open}`;
}
