/**
 * The content rules both the CMS (at publish) and the site build (per entry) apply: what passes, what
 * is refused and how each refusal reads in both languages. The parity of the two sides against a real
 * CMS is proven by cms/test/integration/publish-parity.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft, checkEntry, describeProblem, undrawableCharacters, type EntryProblem } from '../src/index.ts';
import { entries } from '../src/index.ts';

const media = { url: '/uploads/a.jpg', width: 800, height: 600, alternativeText: null };
const article = {
  documentId: 'doc1',
  locale: 'vi',
  updatedAt: '2026-01-02T03:04:05.000Z',
  title: 'Hà Nội và Toulouse ký kết chương trình hợp tác',
  slug: 'ha-noi-va-toulouse',
  formerSlugs: null,
  lead: 'Sáng 3/9, hai thành phố ký kết.',
  publicationDate: '2022-02-18T07:11:00.000Z',
  author: 'Minh An',
  compiled: false,
  source: null,
  cover: media,
  coverAlt: 'Lễ ký kết',
  coverCaption: null,
  coverCredit: null,
  body: [{ __typename: 'ComponentContentRichText', body: 'Nội dung' }],
  category: null,
  tags: [],
  partnerships: [],
  delegations: [],
  relatedArticles: [],
};
const problemsOf = (result: ReturnType<typeof checkEntry>): EntryProblem[] => (result.ok ? [] : result.problems);

describe('an article', () => {
  it('passes as the CMS publishes it, with no former slugs read as none', () => {
    const result = checkEntry('articles', article);
    expect(result.ok && result.entry.formerSlugs).toEqual([]);
  });

  it.each([
    ['title', '', 'blank'],
    ['title', ' \t\n ', 'blank'],
    ['title', null, 'missing'],
    ['lead', '   ', 'blank'],
    ['coverAlt', null, 'missing'],
    ['author', '', 'blank'],
    ['cover', null, 'missing'],
    ['slug', 'Hà Nội', 'slug'],
    ['slug', '-ha-noi', 'slug'],
    ['publicationDate', null, 'missing'],
    ['publicationDate', '18/02/2022', 'dateTime'],
    ['title', 'Hà Nội 🎉', 'undrawable'],
  ])('refuses %s = %j (%s)', (field, value, rule) => {
    expect(problemsOf(checkEntry('articles', { ...article, [field]: value }))).toEqual([expect.objectContaining({ field, rule })]);
  });

  it('names a figure without alt text by its place in the body', () => {
    const body = [{ __typename: 'ComponentContentFigure', alt: ' ', caption: null, credit: null, image: media }];
    expect(problemsOf(checkEntry('articles', { ...article, body }))).toEqual([expect.objectContaining({ field: 'body.0.alt', rule: 'blank' })]);
  });

  it('keeps only well-formed former slugs', () => {
    const result = checkEntry('articles', { ...article, formerSlugs: ['cu', 'Không hợp lệ', 42] });
    expect(result.ok && result.entry.formerSlugs).toEqual(['cu']);
  });
});

describe('rules across fields', () => {
  const delegation = {
    documentId: 'd',
    locale: 'vi',
    updatedAt: '2026-01-02T03:04:05.000Z',
    title: 'Đoàn Viêng Chăn',
    slug: 'doan-vieng-chan',
    direction: 'inbound',
    startDate: '2024-05-10',
    endDate: '2024-05-01',
    places: 'Hà Nội',
    purpose: 'Làm việc',
    outcomes: null,
    leader: { name: 'Trưởng đoàn', office: null },
    members: [],
    host: null,
    fieldsDiscussed: [],
    partnerships: [],
  };

  it('reports an end before the start together with the other problems', () => {
    const problems = problemsOf(checkEntry('delegations', { ...delegation, title: ' ' }));
    expect(problems.map((problem) => `${problem.field}:${problem.rule}`)).toEqual(['title:blank', 'endDate:dateOrder']);
  });

  it('applies to drafts, which may otherwise be incomplete', () => {
    expect(checkDraft('delegations', { startDate: '2024-05-10', endDate: '2024-05-01' })).toEqual([
      expect.objectContaining({ field: 'endDate', rule: 'dateOrder' }),
    ]);
    expect(checkDraft('delegations', { title: '' })).toEqual([]);
    expect(checkDraft('tags', { name: '' })).toEqual([]);
  });
});

describe('messages', () => {
  const order: EntryProblem = { field: 'endDate', rule: 'dateOrder', params: { start: '2024-05-10', end: '2024-05-01', startField: 'startDate' } };
  const labels: Record<string, string> = { endDate: 'Ngày kết thúc', startDate: 'Ngày bắt đầu' };

  it('reads dates day first in Vietnamese, with the labels the editor sees', () => {
    expect(describeProblem(order, 'vi', (field) => labels[field] ?? field)).toBe('Ngày kết thúc (1/5/2024) phải cùng ngày hoặc sau Ngày bắt đầu (10/5/2024)');
  });

  it('reads as the build log prints it in English', () => {
    expect(describeProblem(order, 'en')).toBe('endDate (1 May 2024) must be on or after startDate (10 May 2024)');
  });

  it('prints a date-time in Vietnam time', () => {
    const problem: EntryProblem = {
      field: 'endDate',
      rule: 'dateOrder',
      params: { start: '2024-05-10T20:00:00Z', end: '2024-05-10T19:00:00Z', startField: 'startDate' },
    };
    expect(describeProblem(problem, 'vi')).toContain('03:00 | 11/05/2024 GMT+7');
  });
});

describe('characters the sharing card can draw', () => {
  it.each([
    ['Hà Nội – Vientiane: “hợp tác” 2026', []],
    ['Đống Đa', []],
    ['Hà Nội 河内', ['河', '内']],
    ['Tin vui 🎉', ['🎉']],
  ])('%s', (value, expected) => {
    expect(undrawableCharacters(value)).toEqual(expected);
  });

  it('judges decomposed text as composed (NFD ồ is the drawable ồ)', () => {
    expect(undrawableCharacters('Hồ Gươm'.normalize('NFD'))).toEqual([]);
  });

  it('applies to headlines and the names drawn with them, not to every text', () => {
    expect(entries.tag.safeParse({ documentId: 'x', locale: 'vi', updatedAt: article.updatedAt, name: 'Tin vui 🎉', slug: 'tin-vui' }).success).toBe(true);
    expect(
      entries.category.safeParse({ documentId: 'x', locale: 'vi', updatedAt: article.updatedAt, name: 'Tin vui 🎉', slug: 'tin-vui', parent: null }).success,
    ).toBe(false);
  });
});
