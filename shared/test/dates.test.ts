import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDateRange, formatDateTime, yearInVietnam } from '../src/dates.ts';

describe('formatDateTime in Vietnam time (GMT+7)', () => {
  it.each([
    ['2022-02-18T07:11:00Z', '14:11 | 18/02/2022 GMT+7'],
    ['2022-02-18T14:11:00+07:00', '14:11 | 18/02/2022 GMT+7'],
    // 17:30 UTC on New Year's Eve is already the next year in Hà Nội.
    ['2022-12-31T17:30:00Z', '00:30 | 01/01/2023 GMT+7'],
    ['2025-09-03T00:00:00Z', '07:00 | 03/09/2025 GMT+7'],
  ])('%s → %s', (input, expected) => {
    expect(formatDateTime(input, 'vi')).toBe(expected);
  });

  it('has an English form', () => {
    expect(formatDateTime('2022-02-18T07:11:00Z', 'en')).toBe('18 February 2022, 14:11 GMT+7');
  });

  it('does not depend on the time zone of the machine', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(formatDateTime('2022-12-31T17:30:00Z')).toBe('00:30 | 01/01/2023 GMT+7');
      expect(yearInVietnam('2022-12-31T17:30:00Z')).toBe(2023);
    } finally {
      process.env.TZ = zone;
    }
  });

  it('refuses what is not a date', () => {
    expect(() => formatDateTime('not a date')).toThrow(RangeError);
  });
});

describe('calendar dates', () => {
  it.each([
    ['2025-09-03', 'vi', '3/9/2025'],
    ['2025-09-03', 'en', '3 September 2025'],
    ['1973-01-01', 'vi', '1/1/1973'],
  ] as const)('%s (%s) → %s', (input, locale, expected) => {
    expect(formatCalendarDate(input, locale)).toBe(expected);
  });

  it('prints ranges, open ones too', () => {
    expect(formatDateRange('2022-01-01', '2025-12-31', 'vi')).toBe('1/1/2022 – 31/12/2025');
    expect(formatDateRange('2025-01-01', null, 'en')).toBe('1 January 2025 – present');
  });
});
