/**
 * The helpers behind the reader's pages: anniversaries on the home page, the partnership filters, a
 * period's action items by field and status, and a partnership's timeline.
 */
import { describe, expect, it } from 'vitest';
import { actionItemsByField } from '../../src/lib/action-items.ts';
import { anniversariesIn, upcomingAnniversaries } from '../../src/lib/anniversaries.ts';
import type { ArticleData, DelegationData, PeriodData } from '../../src/lib/catalog.ts';
import { facetOptions } from '../../src/lib/partnership-facets.ts';
import { partnershipTimeline } from '../../src/lib/timeline.ts';
import { country, delegation, field, locality, partnership, period } from '../fixtures/catalog.ts';

const france = country('FR', 'Pháp');
const laos = country('LA', 'Lào');
const culture = field('van-hoa', 'Văn hóa');
const education = field('giao-duc', 'Giáo dục');

describe('anniversaries', () => {
  const choisy = partnership('dong-da-choisy-le-roi', locality('choisy', france), { year: 1973 });
  const idf = partnership('ha-noi-ile-de-france', locality('idf', france), { date: '1989-05-01' });
  const caracas = partnership('ha-noi-caracas', null);

  it('finds the five-year marks of a year, longest first', () => {
    expect(anniversariesIn(2023, [idf, choisy, caracas]).map(({ partnership: p, years }) => [p.slug, years])).toEqual([['dong-da-choisy-le-roi', 50]]);
    expect(anniversariesIn(2021, [idf, choisy])).toEqual([]);
    expect(anniversariesIn(2019, [idf, choisy]).map(({ years }) => years)).toEqual([30]);
    expect(anniversariesIn(1973, [choisy])).toEqual([]);
  });

  it('lists the next marks after a year, soonest first', () => {
    expect(upcomingAnniversaries(2026, [choisy, idf, caracas]).map(({ partnership: p, years, year }) => [p.slug, years, year])).toEqual([
      ['dong-da-choisy-le-roi', 55, 2028],
      ['ha-noi-ile-de-france', 40, 2029],
    ]);
  });
});

describe('partnership filters', () => {
  const vientiane = partnership('ha-noi-vieng-chan', locality('vieng-chan', laos), {}, [education, culture]);
  const ngheAn = { ...partnership('nghe-an-vieng-chan', locality('vieng-chan', laos), {}, [education]), type: 'cooperation_agreement' as const };
  const choisy = partnership('dong-da-choisy-le-roi', locality('choisy', france), {}, [culture]);

  it('offers every value some partnership has, with its partnerships, in Vietnamese order', () => {
    const options = facetOptions({ locale: 'vi', partnerships: [vientiane, ngheAn, choisy] });
    expect(options.country.map((o) => [o.value, o.label, o.partnerships.length])).toEqual([
      ['la', 'Lào', 2],
      ['fr', 'Pháp', 1],
    ]);
    expect(options.type.map((o) => [o.value, o.label])).toEqual([
      ['twinning', 'Kết nghĩa'],
      ['cooperation_agreement', 'Thỏa thuận hợp tác'],
    ]);
    expect(options.field.map((o) => [o.value, o.partnerships.map((p) => p.slug)])).toEqual([
      ['giao-duc', ['ha-noi-vieng-chan', 'nghe-an-vieng-chan']],
      ['van-hoa', ['ha-noi-vieng-chan', 'dong-da-choisy-le-roi']],
    ]);
    expect(options.status.map((o) => o.value)).toEqual(['active']);
  });
});

describe('actionItemsByField', () => {
  it('groups by field name with unfielded items last, and orders statuses planned → in progress → done', () => {
    const groups = actionItemsByField(
      period(
        'p',
        [],
        [
          { description: 'Trường học', progress: 'done', field: education },
          { description: 'Lễ hội', progress: 'planned', field: culture },
          { description: 'Học bổng', progress: 'planned', field: education },
          { description: 'Khác', progress: 'in_progress', field: null },
          { description: 'Giao lưu', progress: 'in_progress', field: education },
        ],
      ),
      'Lĩnh vực khác',
      'vi',
    );
    expect(groups.map((g) => [g.label, g.statuses.map((s) => [s.progress, s.items.map((i) => i.description)])])).toEqual([
      [
        'Giáo dục',
        [
          ['planned', ['Học bổng']],
          ['in_progress', ['Giao lưu']],
          ['done', ['Trường học']],
        ],
      ],
      ['Văn hóa', [['planned', ['Lễ hội']]]],
      ['Lĩnh vực khác', [['in_progress', ['Khác']]]],
    ]);
  });
});

describe('partnershipTimeline', () => {
  it('joins periods, delegations and articles oldest first, a calendar date counting as midnight in Vietnam', () => {
    const base = partnership('ha-noi-ile-de-france', null);
    const periodData = (slug: string, startDate: string): PeriodData => ({
      ...period(slug, []),
      startDate,
      partnership: base.documentId,
      fields: [],
      actionItems: [],
    });
    const delegationData = (slug: string, startDate: string): DelegationData => ({
      ...delegation(slug, 'inbound', startDate),
      fieldsDiscussed: [],
      partnerships: [],
    });
    const article = (slug: string, publicationDate: string) =>
      ({ slug, title: slug, publicationDate }) as Pick<ArticleData, 'slug' | 'title' | 'publicationDate'>;
    const events = partnershipTimeline({
      ...base,
      periods: [periodData('action-2022', '2022-01-01'), periodData('imv', '2001-01-01')],
      delegations: [delegationData('conference', '2023-04-13')],
      // 17:30 UTC on 12 April is 00:30 on 13 April in Hà Nội: after the delegation's day began.
      articles: [article('opening', '2023-04-14T11:05:00Z'), article('eve', '2023-04-12T17:30:00Z'), article('sign', '2022-03-10T03:20:00Z')] as ArticleData[],
    });
    expect(events.map((e) => [e.kind, e.title])).toEqual([
      ['period', 'imv'],
      ['period', 'action-2022'],
      ['article', 'sign'],
      ['delegation', 'conference'],
      ['article', 'eve'],
      ['article', 'opening'],
    ]);
    expect(events[0]?.href).toBe('/periods/imv/');
  });
});
