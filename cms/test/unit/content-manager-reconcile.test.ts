/**
 * The decision behind "idempotent without overriding administrators": a part is written while it still
 * holds what was applied last time, kept once an administrator changed it, and Strapi's own boot-time
 * sync (fields added or removed in the schema) is not mistaken for an administrator.
 */
import { describe, expect, it } from 'vitest';
import type { ManagedParts } from '../../src/content-manager/parts.ts';
import { reconcile, writesNothing, type AppliedRecord } from '../../src/content-manager/reconcile.ts';

const strapiDefault = (): ManagedParts => ({
  settings: { mainField: 'title', defaultSortBy: 'title', defaultSortOrder: 'ASC' },
  metadatas: {
    title: { label: 'title', description: '', listLabel: 'title' },
    coverAlt: { label: 'coverAlt', description: '', listLabel: 'coverAlt' },
  },
  list: ['id', 'title', 'coverAlt'],
  edit: [
    [
      { name: 'title', size: 6 },
      { name: 'coverAlt', size: 6 },
    ],
  ],
});

const ours = (): ManagedParts => ({
  settings: { mainField: 'title', defaultSortBy: 'publicationDate', defaultSortOrder: 'DESC' },
  metadatas: {
    title: { label: 'Tiêu đề', description: 'Tiêu đề bài.', listLabel: 'Tiêu đề' },
    coverAlt: { label: 'Mô tả ảnh bìa', description: 'Tả ngắn ảnh.', listLabel: 'Mô tả ảnh bìa' },
  },
  list: ['title', 'publicationDate'],
  edit: [
    [{ name: 'title', size: 12 }],
    [
      { name: 'coverAlt', size: 6 },
      { name: 'publicationDate', size: 6 },
    ],
  ],
});

const ATTRIBUTES = ['title', 'coverAlt', 'publicationDate'];
const clone = <T>(value: T): T => structuredClone(value);

/** The first boot's outcome: what is stored and what was recorded. */
function firstBoot(): { stored: ManagedParts; record: AppliedRecord } {
  const { record } = reconcile({ current: strapiDefault(), desired: ours(), applied: undefined, attributes: ATTRIBUTES });
  return { stored: ours(), record };
}

describe('reconcile', () => {
  it('applies everything over Strapi defaults on the first boot, and records it', () => {
    const result = reconcile({ current: strapiDefault(), desired: ours(), applied: undefined, attributes: ATTRIBUTES });
    expect(result.write).toEqual({ settings: ours().settings, metadatas: ours().metadatas, list: ours().list, edit: ours().edit });
    expect(result.kept).toEqual([]);
    expect(result.record).toEqual({ attributes: ATTRIBUTES, ...ours() });
  });

  it('writes nothing on the next boot (idempotent)', () => {
    const { stored, record } = firstBoot();
    const result = reconcile({ current: stored, desired: ours(), applied: record, attributes: ATTRIBUTES });
    expect(writesNothing(result.write)).toBe(true);
    expect(result.kept).toEqual([]);
    expect(result.record).toEqual(record);
  });

  it('applies a new version of the texts and layouts while nobody changed them', () => {
    const { stored, record } = firstBoot();
    const next = ours();
    next.metadatas.title = { label: 'Tít', description: 'Tiêu đề bài, mới.', listLabel: 'Tít' };
    next.list = ['title', 'coverAlt'];
    const result = reconcile({ current: stored, desired: next, applied: record, attributes: ATTRIBUTES });
    expect(result.write.metadatas).toEqual({ title: next.metadatas.title });
    expect(result.write.list).toEqual(['title', 'coverAlt']);
    expect(result.kept).toEqual([]);
  });

  it('keeps a label an administrator changed, and still applies the other fields', () => {
    const { stored, record } = firstBoot();
    stored.metadatas.coverAlt = { label: 'Alt ảnh (BTV sửa)', description: 'Tả ngắn ảnh.', listLabel: 'Mô tả ảnh bìa' };
    const next = ours();
    next.metadatas.title = { label: 'Tít', description: 'Mới.', listLabel: 'Tít' };
    next.metadatas.coverAlt = { label: 'Mô tả ảnh', description: 'Mới.', listLabel: 'Mô tả ảnh' };
    const result = reconcile({ current: stored, desired: next, applied: record, attributes: ATTRIBUTES });
    expect(result.kept).toEqual(['metadatas.coverAlt']);
    expect(Object.keys(result.write.metadatas)).toEqual(['title']);
    // The record keeps what the project applied, so the administrator's label is never taken for ours.
    expect(result.record.metadatas.coverAlt).toEqual(record.metadatas.coverAlt);
    // …and stays kept on every later boot.
    stored.metadatas.title = next.metadatas.title;
    const later = reconcile({ current: stored, desired: next, applied: result.record, attributes: ATTRIBUTES });
    expect(later.kept).toEqual(['metadatas.coverAlt']);
    expect(later.write.metadatas.coverAlt).toBeUndefined();
  });

  it('keeps list columns, edit rows and sort an administrator changed', () => {
    const { stored, record } = firstBoot();
    stored.list = ['title', 'publicationDate', 'coverAlt'];
    stored.edit = [
      [
        { name: 'coverAlt', size: 6 },
        { name: 'publicationDate', size: 6 },
      ],
      [{ name: 'title', size: 12 }],
    ];
    stored.settings = { ...stored.settings, defaultSortOrder: 'ASC' };
    const next = ours();
    next.list = ['title'];
    const result = reconcile({ current: stored, desired: next, applied: record, attributes: ATTRIBUTES });
    expect(result.kept).toEqual(['settings', 'list', 'edit']);
    expect(result.write.list).toBeUndefined();
    expect(result.write.edit).toBeUndefined();
    expect(result.write.settings).toBeUndefined();
  });

  it('takes a field Strapi appended after a schema change for sync, not for an administrator', () => {
    const { stored, record } = firstBoot();
    // Strapi's sync put the new attribute at the end of the edit rows.
    stored.edit = [...stored.edit, [{ name: 'subtitle', size: 6 }]];
    const next = ours();
    next.edit = [
      [{ name: 'title', size: 12 }],
      [{ name: 'subtitle', size: 12 }],
      [
        { name: 'coverAlt', size: 6 },
        { name: 'publicationDate', size: 6 },
      ],
    ];
    const result = reconcile({ current: stored, desired: next, applied: record, attributes: [...ATTRIBUTES, 'subtitle'] });
    expect(result.kept).toEqual([]);
    expect(result.write.edit).toEqual(next.edit);
    expect(result.record.attributes).toContain('subtitle');
  });

  it('takes a field Strapi removed after a schema change for sync, not for an administrator', () => {
    const { stored, record } = firstBoot();
    stored.edit = [[{ name: 'title', size: 12 }], [{ name: 'coverAlt', size: 6 }]];
    stored.list = ['title'];
    stored.settings = { mainField: 'title', defaultSortBy: 'title', defaultSortOrder: 'DESC' };
    const next = ours();
    next.edit = [[{ name: 'title', size: 12 }], [{ name: 'coverAlt', size: 6 }]];
    next.list = ['title', 'coverAlt'];
    next.settings = { mainField: 'title', defaultSortBy: 'coverAlt', defaultSortOrder: 'DESC' };
    // publicationDate left the schema: Strapi dropped it from the layouts and reset the sort.
    const result = reconcile({ current: stored, desired: next, applied: record, attributes: ['title', 'coverAlt'] });
    expect(result.kept).toEqual([]);
    expect(result.write).toMatchObject({ list: next.list, settings: next.settings });
    // The edit rows Strapi left are already what is wanted: nothing to write, recorded as applied.
    expect(result.write.edit).toBeUndefined();
    expect(result.record.edit).toEqual(next.edit);
  });

  it('gives a field that is new to the record its texts, when Strapi created it with defaults', () => {
    const { stored, record } = firstBoot();
    stored.metadatas.subtitle = { label: 'subtitle', description: '', listLabel: 'subtitle' };
    const next = ours();
    next.metadatas.subtitle = { label: 'Tít phụ', description: 'Dòng dưới tiêu đề.', listLabel: 'Tít phụ' };
    const result = reconcile({ current: stored, desired: next, applied: record, attributes: [...ATTRIBUTES, 'subtitle'] });
    expect(result.write.metadatas).toEqual({ subtitle: next.metadatas.subtitle });
  });

  it('keeps texts an administrator wrote before this project ever applied any', () => {
    const current = strapiDefault();
    current.metadatas.title = { label: 'Tít bài', description: '', listLabel: 'Tít bài' };
    const result = reconcile({ current, desired: ours(), applied: undefined, attributes: ATTRIBUTES });
    expect(result.kept).toEqual(['metadatas.title']);
    expect(result.write.metadatas.title).toBeUndefined();
    expect(result.record.metadatas.title).toBeUndefined();
    expect(result.write.metadatas.coverAlt).toEqual(ours().metadatas.coverAlt);
  });

  it('records a part an administrator set exactly to the project value as applied again', () => {
    const { stored, record } = firstBoot();
    const changed = clone(record);
    changed.metadatas.title = { label: 'old', description: 'old', listLabel: 'old' };
    const result = reconcile({ current: stored, desired: ours(), applied: changed, attributes: ATTRIBUTES });
    expect(writesNothing(result.write)).toBe(true);
    expect(result.record.metadatas.title).toEqual(ours().metadatas.title);
  });
});
