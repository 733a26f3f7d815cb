/** Every field an editor sees has a Vietnamese label and a description; a new field without them fails here. */
import { describe, expect, it } from 'vitest';
import { FIELD_TEXTS, fieldLabel } from '../../src/content-manager/field-texts.ts';
import { projectSchemas } from '../support/schemas.ts';

const schemas = projectSchemas();
/** Letters only Vietnamese uses: a label without any may still be right ("Email"), a whole table without them is English. */
const VIETNAMESE = /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/iu;

describe('field texts', () => {
  it('reads every content type and component', () => {
    expect(schemas.filter((s) => s.kind === 'contentType').length).toBeGreaterThanOrEqual(9);
    expect(schemas.filter((s) => s.kind === 'component').length).toBeGreaterThanOrEqual(4);
  });

  it.each(schemas.map((schema) => [schema.uid, schema] as const))('%s: every attribute has a non-empty label and description', (uid, schema) => {
    const texts = FIELD_TEXTS[uid];
    expect(texts, `no texts for ${uid} (${schema.file})`).toBeDefined();
    for (const field of Object.keys(schema.attributes)) {
      const text = texts?.[field];
      expect(text, `${uid}.${field} has no label and description in cms/src/content-manager/field-texts.ts`).toBeDefined();
      expect(text?.label.trim(), `${uid}.${field} label`).not.toBe('');
      expect(text?.description.trim(), `${uid}.${field} description`).not.toBe('');
      expect(text?.label, `${uid}.${field}: the label is the raw attribute name`).not.toBe(field);
    }
  });

  it('names no field or model that does not exist (texts of a removed field are removed too)', () => {
    const known = new Map(schemas.map((schema) => [schema.uid, new Set(Object.keys(schema.attributes))]));
    for (const [uid, texts] of Object.entries(FIELD_TEXTS)) {
      expect(known.has(uid), `${uid} is not a content type or component`).toBe(true);
      for (const field of Object.keys(texts)) expect(known.get(uid)?.has(field), `${uid}.${field} is not an attribute`).toBe(true);
    }
  });

  it('is written in Vietnamese, one line each, a label short enough for a column header', () => {
    for (const [uid, texts] of Object.entries(FIELD_TEXTS)) {
      for (const [field, text] of Object.entries(texts)) {
        expect(text.description, `${uid}.${field}`).toMatch(VIETNAMESE);
        expect(text.description, `${uid}.${field}`).not.toMatch(/\n/);
        expect(text.label.length, `${uid}.${field} label`).toBeLessThanOrEqual(24);
        // NFC: the admin compares and searches text as typed, which is composed.
        expect(text.label.normalize('NFC'), `${uid}.${field}`).toBe(text.label);
        expect(text.description.normalize('NFC'), `${uid}.${field}`).toBe(text.description);
      }
    }
  });

  it('gives the example the newsroom asked for', () => {
    expect(FIELD_TEXTS['api::article.article']?.coverCredit?.description).toContain('Tên tác giả ảnh, hiện sau chữ Ảnh:');
  });

  it('fieldLabel names a field, and falls back to the attribute name', () => {
    expect(fieldLabel('api::article.article', 'coverAlt')).toBe('Mô tả ảnh bìa');
    expect(fieldLabel('cooperation.person', 'office')).toBe('Chức vụ');
    expect(fieldLabel('api::article.article', 'notAField')).toBe('notAField');
    expect(fieldLabel('api::unknown.unknown', 'title')).toBe('title');
    expect(fieldLabel('api::article.article', 'constructor')).toBe('constructor');
    expect(fieldLabel('toString', 'name')).toBe('name');
  });
});
