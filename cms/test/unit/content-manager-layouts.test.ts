/**
 * The content manager's views as the bootstrap will write them, computed from the real schemas: every
 * field shown once, widths Strapi accepts, columns and titles it keeps (anything else its boot-time sync
 * would rewrite), and the article grouped the way an editor works.
 */
import { describe, expect, it } from 'vitest';
import { desiredParts, editableFields } from '../../src/content-manager/desired-parts.ts';
import { FIELD_TEXTS } from '../../src/content-manager/field-texts.ts';
import type { ManagedParts } from '../../src/content-manager/parts.ts';
import { VIEW_SPECS } from '../../src/content-manager/view-specs.ts';
import { contentManagerModel, projectSchemas, strapiFieldSize, type ProjectSchema } from '../support/schemas.ts';

const schemas = projectSchemas();
const byUid = new Map(schemas.map((schema) => [schema.uid, schema]));

function desiredFor(schema: ProjectSchema): ManagedParts {
  return desiredParts({
    model: contentManagerModel(schema),
    spec: VIEW_SPECS[schema.uid],
    texts: FIELD_TEXTS[schema.uid],
    sizeOf: strapiFieldSize,
    entryTitleOf: (uid) => VIEW_SPECS[uid]?.mainField,
  });
}

const specFields = (uid: string): string[] => (VIEW_SPECS[uid]?.edit ?? []).flat().map((cell) => (typeof cell === 'string' ? cell : cell[0]));

describe.each(schemas.map((schema) => [schema.uid, schema] as const))('%s', (uid, schema) => {
  const desired = desiredFor(schema);
  const model = contentManagerModel(schema);

  it('has a view spec naming only its own fields, each once, and placing all of them', () => {
    expect(VIEW_SPECS[uid], `no view spec for ${uid} in cms/src/content-manager/view-specs.ts`).toBeDefined();
    const named = specFields(uid);
    expect(new Set(named).size, 'a field placed twice').toBe(named.length);
    expect(
      named.filter((field) => !(field in schema.attributes)),
      'fields that do not exist',
    ).toEqual([]);
    // Hidden attributes (`visible: false`, such as formerSlugs) never appear in the content manager's views.
    const shown = Object.entries(schema.attributes).filter(([, attribute]) => (attribute as { visible?: boolean }).visible !== false);
    expect(
      shown.map(([field]) => field).filter((field) => !named.includes(field)),
      'fields the spec forgets (they would land at the end)',
    ).toEqual([]);
    for (const field of VIEW_SPECS[uid]?.list ?? []) expect(schema.attributes, `list column ${field}`).toHaveProperty(field);
  });

  it('shows every editable field exactly once, in rows of at most 12, with widths Strapi keeps', () => {
    const cells = desired.edit.flat();
    expect(cells.map((cell) => cell.name).sort()).toEqual(editableFields(model).sort());
    for (const row of desired.edit) expect(row.reduce((sum, cell) => sum + cell.size, 0)).toBeLessThanOrEqual(12);
    for (const cell of cells) {
      const size = strapiFieldSize(model.attributes[cell.name]?.type ?? '');
      if (!size.isResizable) expect(cell.size, cell.name).toBe(size.default);
    }
  });

  it('keeps every column, title and sort the spec asks for (none fell back to a default)', () => {
    const spec = VIEW_SPECS[uid];
    if (spec?.list) expect(desired.list).toEqual(spec.list);
    if (spec?.mainField) expect(desired.settings.mainField).toBe(spec.mainField);
    if (spec?.sort) expect(desired.settings).toMatchObject({ defaultSortBy: spec.sort.by, defaultSortOrder: spec.sort.order });
  });

  it('labels every field, and names linked entries by a text field of the target', () => {
    for (const [field, attribute] of Object.entries(schema.attributes)) {
      if ((attribute as { visible?: boolean }).visible === false) continue;
      const meta = desired.metadatas[field];
      expect(meta?.label).toBe(FIELD_TEXTS[uid]?.[field]?.label);
      expect(meta?.listLabel).toBe(meta?.label);
      if (attribute.type !== 'relation') continue;
      const target = byUid.get(attribute.target ?? '');
      expect(meta?.mainField, `${field} → ${attribute.target}`).toBeDefined();
      expect(target?.attributes[meta?.mainField ?? '']?.type, `${field} → ${attribute.target}.${meta?.mainField}`).toBe('string');
    }
  });
});

describe('the article, as an editor works', () => {
  const article = desiredFor(byUid.get('api::article.article')!);
  const rowOf = (field: string) => article.edit.findIndex((row) => row.some((cell) => cell.name === field));

  it('lists title, publication date and section, newest first', () => {
    expect(article.list?.slice(0, 3)).toEqual(['title', 'publicationDate', 'category']);
    expect(article.settings).toEqual({ mainField: 'title', defaultSortBy: 'publicationDate', defaultSortOrder: 'DESC' });
  });

  it('groups text, then photos, then relations, then publishing', () => {
    const groups = [
      ['title', 'slug', 'lead', 'body'],
      ['cover', 'coverAlt', 'coverCaption', 'coverCredit'],
      ['category', 'tags', 'partnerships', 'delegations', 'relatedArticles'],
      ['publicationDate', 'author', 'compiled', 'source'],
    ];
    for (let i = 1; i < groups.length; i++) {
      const lastOfPrevious = Math.max(...(groups[i - 1] ?? []).map(rowOf));
      const firstOfThis = Math.min(...(groups[i] ?? []).map(rowOf));
      expect(firstOfThis, `${groups[i]?.join(', ')} after ${groups[i - 1]?.join(', ')}`).toBeGreaterThan(lastOfPrevious);
    }
    expect(article.edit[rowOf('title')]).toEqual([{ name: 'title', size: 12 }]);
  });
});

describe('a field the spec does not know yet', () => {
  it('is appended at the end with its default width, never hidden', () => {
    const schema = byUid.get('api::tag.tag')!;
    const withNewField: ProjectSchema = { ...schema, attributes: { ...schema.attributes, note: { type: 'text' } } };
    const desired = desiredFor(withNewField);
    expect(desired.edit.at(-1)).toEqual([{ name: 'note', size: 6 }]);
    // No texts yet: its label stays Strapi's (and the field-texts test fails until someone writes them).
    expect(desired.metadatas.note).toBeUndefined();
  });
});
