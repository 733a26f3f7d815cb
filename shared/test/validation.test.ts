import { describe, expect, it } from 'vitest';
import { checkCoordinates, checkDateOrder, checkEstablishedYear } from '../src/validation.ts';

describe('checkDateOrder', () => {
  it.each([
    ['2022-01-01', '2025-12-31', 0],
    ['2022-01-01', '2022-01-01', 0],
    ['2022-01-02', '2022-01-01', 1],
    ['2022-01-01', null, 0],
    [null, '2022-01-01', 0],
  ])('start %s, end %s: %i error(s)', (start, end, count) => {
    expect(checkDateOrder(start, end)).toHaveLength(count);
  });

  it('names the end field, with the start as its parameter', () => {
    expect(checkDateOrder('2024-05-10', '2024-05-01')[0]).toEqual({
      field: 'endDate',
      rule: 'dateOrder',
      params: { start: '2024-05-10', end: '2024-05-01', startField: 'startDate' },
    });
  });
});

describe('checkCoordinates', () => {
  it.each([
    [21.0285, 105.8542, []],
    [-90, 180, []],
    [90.1, 0, ['latitude']],
    [0, -180.5, ['longitude']],
    [100, 200, ['latitude', 'longitude']],
    [null, null, []],
  ])('%s, %s', (lat, lng, fields) => {
    expect(checkCoordinates(lat, lng).map((error) => error.field)).toEqual(fields);
  });
});

describe('checkEstablishedYear', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  it.each([
    [1973, 0],
    [2026, 0],
    [2027, 1],
    [1850, 1],
    [null, 0],
  ])('%s: %i error(s)', (year, count) => {
    expect(checkEstablishedYear(year, now)).toHaveLength(count);
  });
});
