/** The demo content refers to itself by key: every reference must resolve, every date must be in order. */
import { checkDateOrder, toSlug } from '@atlas/shared';
import { describe, expect, it } from 'vitest';
import { articles } from '../../src/seed/data/articles.ts';
import { categories } from '../../src/seed/data/categories.ts';
import { countries } from '../../src/seed/data/countries.ts';
import { delegations } from '../../src/seed/data/delegations.ts';
import { fields } from '../../src/seed/data/fields.ts';
import { images } from '../../src/seed/data/images.ts';
import { localities } from '../../src/seed/data/localities.ts';
import { partnerships } from '../../src/seed/data/partnerships.ts';
import { periods } from '../../src/seed/data/periods.ts';
import { tags } from '../../src/seed/data/tags.ts';

const keys = (list: Array<{ key: string }>) => new Set(list.map((entry) => entry.key));
const known = {
  country: keys(countries),
  locality: keys(localities),
  field: keys(fields),
  category: keys(categories),
  tag: keys(tags),
  image: keys(images),
  partnership: keys(partnerships),
  delegation: keys(delegations),
  article: keys(articles),
};

function expectKnown(kind: keyof typeof known, refs: Array<string | undefined>) {
  for (const ref of refs) if (ref !== undefined) expect(known[kind], `${kind} "${ref}"`).toContain(ref);
}

describe('demo content', () => {
  it('has the volume the foundation promises', () => {
    expect(partnerships).toHaveLength(6);
    expect(articles.length).toBeGreaterThanOrEqual(8);
    expect(partnerships.every((p) => p.text.en)).toBe(true);
    expect(articles.filter((a) => a.text.en).length).toBeGreaterThanOrEqual(2);
  });

  it('resolves every reference', () => {
    localities.forEach((l) => expectKnown('country', [l.country]));
    categories.forEach((c) => expectKnown('category', [c.parent]));
    partnerships.forEach((p) => {
      expectKnown('locality', [p.localSide, p.partnerLocality]);
      expectKnown('field', p.fields);
    });
    periods.forEach((p) => {
      expectKnown('partnership', [p.partnership]);
      expectKnown('field', [...p.fields, ...p.actionItems.map((item) => item.field)]);
    });
    delegations.forEach((d) => {
      expectKnown('partnership', d.partnerships);
      expectKnown('field', d.fieldsDiscussed);
    });
    articles.forEach((a) => {
      expectKnown('image', [a.cover, ...a.text.vi.body.flatMap((b) => (b.kind === 'photo' ? [b.image] : []))]);
      expectKnown('category', [a.category]);
      expectKnown('tag', a.tags);
      expectKnown('partnership', a.partnerships);
      expectKnown('delegation', a.delegations);
      expectKnown('article', a.related);
    });
  });

  it('passes the content rules and has unique slugs per type', () => {
    for (const entry of [...periods, ...delegations]) expect(checkDateOrder(entry.startDate, entry.endDate), entry.key).toEqual([]);
    for (const list of [articles.map((a) => a.text.vi.title), partnerships.map((p) => p.text.vi.title), delegations.map((d) => d.text.vi.title)]) {
      const slugs = list.map(toSlug);
      expect(new Set(slugs).size).toBe(slugs.length);
    }
  });

  it('dates articles on or after the events they report', () => {
    const delegationStart = new Map(delegations.map((d) => [d.key, d.startDate]));
    for (const article of articles) {
      for (const key of article.delegations) {
        expect(Date.parse(article.publicationDate), article.key).toBeGreaterThanOrEqual(Date.parse(`${delegationStart.get(key)}T00:00:00+07:00`));
      }
    }
  });
});
