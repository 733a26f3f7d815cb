/**
 * The statistics page's figures on a small hand-made catalog: grouping, the order of rows, the rule
 * for counting fields, and the Vietnam-time year of a delegation.
 */
import type { DelegationView } from '../../src/lib/catalog.ts';
import { describe, expect, it } from 'vitest';
import { country, delegation, field, locality, partnership, period } from '../fixtures/catalog.ts';
import {
  delegationSeries,
  delegationsPerYear,
  establishedYearOf,
  fieldsMostCited,
  partnershipsByCountry,
  partnershipsByDecade,
} from '../../src/lib/statistics.ts';

const france = country('FR', 'Pháp');
const germany = country('DE', 'Đức');
const japan = country('JP', 'Nhật Bản');
const culture = field('van-hoa', 'Văn hóa');
const education = field('giao-duc', 'Giáo dục');
const trade = field('thuong-mai', 'Thương mại');

const partnerships = [
  partnership('paris', locality('paris', france), { year: 2013 }, [culture, education]),
  partnership('lyon', locality('lyon', france), { date: '1997-06-30' }, [culture, culture]),
  partnership('berlin', locality('berlin', germany), { year: 1994, date: '1993-01-01' }, [trade]),
  partnership('tokyo', locality('tokyo', japan), { year: 2016 }),
  partnership('unknown-country', locality('nowhere', null), { year: 2015 }),
  partnership('no-partner', null),
];

describe('partnershipsByCountry', () => {
  it('counts partnerships per country, most first, ties in Vietnamese alphabetical order', () => {
    expect(partnershipsByCountry(partnerships, 'vi')).toEqual([
      { key: 'FR', label: 'Pháp', value: 2 },
      { key: 'DE', label: 'Đức', value: 1 },
      { key: 'JP', label: 'Nhật Bản', value: 1 },
    ]);
  });

  it('is empty for no partnerships', () => {
    expect(partnershipsByCountry([], 'en')).toEqual([]);
  });
});

describe('partnershipsByDecade', () => {
  it('prefers the recorded year to the date, and falls back to the date', () => {
    expect(establishedYearOf(partnerships[2] ?? partnership('x', null))).toBe(1994);
    expect(establishedYearOf(partnerships[1] ?? partnership('x', null))).toBe(1997);
    expect(establishedYearOf(partnership('x', null))).toBeNull();
  });

  it.each([
    ['vi', ['thập niên 1990', 'thập niên 2000', 'thập niên 2010']],
    ['en', ['1990s', '2000s', '2010s']],
  ] as const)('groups by decade, oldest first, with empty decades between (%s)', (locale, labels) => {
    const decades = partnershipsByDecade(partnerships, locale);
    expect(decades.map((d) => d.key)).toEqual(['1990s', '2000s', '2010s']);
    expect(decades.map((d) => d.label)).toEqual(labels);
    expect(decades.map((d) => d.value)).toEqual([2, 0, 3]);
  });

  it('is empty when no partnership has a year', () => {
    expect(partnershipsByDecade([partnership('x', null)], 'vi')).toEqual([]);
  });
});

describe('delegationsPerYear', () => {
  const delegations = [
    delegation('a', 'inbound', '2022-03-01'),
    delegation('b', 'outbound', '2022-11-20'),
    delegation('c', 'outbound', '2022-12-31'),
    delegation('d', 'inbound', '2024-01-01'),
    // A direction the content rules would refuse (older data): typed out of reach, so forced here.
    { ...delegation('e', 'inbound', '2023-05-05'), direction: 'sideways' } as unknown as DelegationView,
  ];

  it('splits each year by direction, fills the years between, leaves unknown directions out', () => {
    expect(delegationsPerYear(delegations)).toEqual([
      { key: '2022', label: '2022', values: { inbound: 1, outbound: 2 } },
      { key: '2023', label: '2023', values: { inbound: 0, outbound: 0 } },
      { key: '2024', label: '2024', values: { inbound: 1, outbound: 0 } },
    ]);
  });

  it('is empty without delegations', () => {
    expect(delegationsPerYear([])).toEqual([]);
  });

  it('names the two series in the locale, inbound first', () => {
    expect(delegationSeries('vi')).toEqual([
      { key: 'inbound', label: 'Đoàn vào', shortLabel: 'vào' },
      { key: 'outbound', label: 'Đoàn ra', shortLabel: 'ra' },
    ]);
    expect(delegationSeries('en').map((s) => s.shortLabel)).toEqual(['in', 'out']);
  });
});

describe('fieldsMostCited', () => {
  const catalog = {
    partnerships,
    periods: [
      period('p1', [education, trade], [{ description: 'Việc', progress: 'planned', field: trade }]),
      period('p2', [], [{ description: 'Việc', progress: 'planned', field: trade }]),
    ],
    delegations: [delegation('d1', 'inbound', '2023-01-01', [education, education]), delegation('d2', 'outbound', '2023-02-01', [culture])],
  };

  it('counts each partnership, period and delegation once per field it cites, most cited first', () => {
    // Culture: paris, lyon (listed twice, counted once), d2 = 3. Education: paris, p1, d1 (twice) = 3.
    // Trade: berlin, p1 = 2; the action item of p1 that names trade is not counted.
    expect(fieldsMostCited(catalog, 'vi')).toEqual([
      { key: 'giao-duc', label: 'Giáo dục', value: 3 },
      { key: 'van-hoa', label: 'Văn hóa', value: 3 },
      { key: 'thuong-mai', label: 'Thương mại', value: 2 },
    ]);
  });

  it('keeps the top rows when asked', () => {
    expect(fieldsMostCited(catalog, 'vi', 1).map((f) => f.key)).toEqual(['giao-duc']);
  });
});
