/**
 * The bootstrap over several boots, against a fake of Strapi's content-manager services and store that
 * behaves like 5.54's (default configuration on first sight, boot-time sync, top-level replacement on
 * update). A real restart would cost a second Strapi per database; the decisions are the same code.
 */
import type { Core } from '@strapi/strapi';
import { assert, beforeEach, describe, expect, it } from 'vitest';
import { APPLIED_STORE, applyContentManagerViews } from '../../src/bootstrap/content-manager-views.ts';
import { editableFields, type ContentManagerModel } from '../../src/content-manager/desired-parts.ts';
import type { StoredConfiguration } from '../../src/content-manager/parts.ts';
import { contentManagerModel, projectSchemas, strapiFieldSize } from '../support/schemas.ts';

const schemas = projectSchemas();

/** Strapi's first configuration of a model: attribute names as labels, one field per row. */
function defaultConfiguration(model: ContentManagerModel): StoredConfiguration {
  const metadatas: StoredConfiguration['metadatas'] = {};
  for (const name of Object.keys(model.attributes)) {
    metadatas[name] = {
      edit: { label: name, description: '', placeholder: '', visible: true, editable: true },
      list: { label: name, searchable: true, sortable: true },
    };
  }
  const firstString = Object.keys(model.attributes).find((name) => name !== 'id' && model.attributes[name]?.type === 'string') ?? 'id';
  return {
    settings: { bulkable: true, filterable: true, searchable: true, pageSize: 10, mainField: firstString, defaultSortBy: firstString, defaultSortOrder: 'ASC' },
    metadatas,
    layouts: {
      list: Object.keys(model.attributes).slice(0, 4),
      edit: editableFields(model).map((name) => [{ name, size: strapiFieldSize(model.attributes[name]?.type ?? 'string').default }]),
    },
  };
}

/** Strapi's boot-time sync, reduced to what matters here: new fields get defaults and go last, removed ones go. */
function sync(model: ContentManagerModel, stored: StoredConfiguration): StoredConfiguration {
  const defaults = defaultConfiguration(model);
  const known = (name: string) => name in model.attributes;
  const metadatas: StoredConfiguration['metadatas'] = {};
  for (const name of Object.keys(model.attributes)) {
    const metadata = stored.metadatas[name] ?? defaults.metadatas[name];
    if (metadata) metadatas[name] = metadata;
  }
  const placed = new Set(stored.layouts.edit.flat().map((cell) => cell.name));
  const edit = stored.layouts.edit.map((row) => row.filter((cell) => known(cell.name))).filter((row) => row.length > 0);
  for (const name of editableFields(model))
    if (!placed.has(name)) edit.push([{ name, size: strapiFieldSize(model.attributes[name]?.type ?? 'string').default }]);
  return { settings: stored.settings, metadatas, layouts: { list: stored.layouts.list.filter(known), edit } };
}

class FakeContentManager {
  readonly stored = new Map<string, StoredConfiguration>();
  updates: string[] = [];
  constructor(readonly models: Map<string, ContentManagerModel>) {}

  boot(): void {
    for (const [uid, model] of this.models) {
      const existing = this.stored.get(uid);
      this.stored.set(uid, existing ? sync(model, existing) : defaultConfiguration(model));
    }
    this.updates = [];
  }

  service(name: string): unknown {
    const configuration = {
      findConfiguration: async (model: ContentManagerModel) => structuredClone(this.stored.get(model.uid)),
      // Like setModelConfiguration: each top-level key given replaces the stored one.
      updateConfiguration: async (model: ContentManagerModel, input: StoredConfiguration) => {
        this.updates.push(model.uid);
        this.stored.set(model.uid, { ...this.stored.get(model.uid)!, ...structuredClone(input) });
      },
    };
    if (name === 'content-types') return { ...configuration, findContentType: (uid: string) => this.models.get(uid) };
    if (name === 'components') return { ...configuration, findComponent: (uid: string) => this.models.get(uid) };
    if (name === 'field-sizes') return { getFieldSize: strapiFieldSize };
    throw new Error(`unexpected service ${name}`);
  }
}

let models: Map<string, ContentManagerModel>;
let contentManager: FakeContentManager;
let store: Map<string, unknown>;
let storeWrites: number;
let log: string[];

function fakeStrapi(): Core.Strapi {
  const fake = {
    contentTypes: Object.fromEntries(schemas.filter((s) => s.kind === 'contentType').map((s) => [s.uid, {}])),
    components: Object.fromEntries(schemas.filter((s) => s.kind === 'component').map((s) => [s.uid, {}])),
    plugin: (name: string) => {
      if (name !== 'content-manager') throw new Error(`unexpected plugin ${name}`);
      return { service: (service: string) => contentManager.service(service) };
    },
    store: ({ type, name }: { type: string; name: string }) => ({
      get: async ({ key }: { key: string }) => structuredClone(store.get(`${type}/${name}/${key}`) ?? null),
      set: async ({ key, value }: { key: string; value: unknown }) => {
        storeWrites += 1;
        store.set(`${type}/${name}/${key}`, structuredClone(value));
      },
    }),
    log: { info: (line: string) => log.push(line) },
  };
  // A fake of the few members the bootstrap uses, not a whole Strapi.
  return fake as unknown as Core.Strapi;
}

async function boot(): Promise<void> {
  contentManager.boot();
  storeWrites = 0;
  log = [];
  await applyContentManagerViews(fakeStrapi());
}

const article = () => contentManager.stored.get('api::article.article')!;

beforeEach(async () => {
  models = new Map(schemas.map((schema) => [schema.uid, contentManagerModel(schema)]));
  contentManager = new FakeContentManager(models);
  store = new Map();
  await boot();
});

describe('content-manager views at bootstrap', () => {
  it('applies texts, layouts and titles to every content type and component on the first boot', () => {
    expect(contentManager.updates.sort()).toEqual(schemas.map((s) => s.uid).sort());
    expect(article().metadatas.coverAlt?.edit).toMatchObject({ label: 'Mô tả ảnh bìa', description: expect.stringContaining('ảnh') });
    expect(article().metadatas.coverAlt?.edit.placeholder).toBe('');
    expect(article().metadatas.category?.edit.mainField).toBe('name');
    expect(article().layouts.list).toEqual(['title', 'publicationDate', 'category']);
    expect(article().settings).toMatchObject({ defaultSortBy: 'publicationDate', defaultSortOrder: 'DESC', pageSize: 10 });
    expect(Object.keys(store.get(`${APPLIED_STORE.type}/${APPLIED_STORE.name}/${APPLIED_STORE.key}`) as object).sort()).toEqual(
      schemas.map((s) => s.uid).sort(),
    );
    expect(log).toHaveLength(1);
  });

  it('writes nothing, not even its record, on the next boot', async () => {
    const before = structuredClone([...contentManager.stored]);
    await boot();
    expect(contentManager.updates).toEqual([]);
    expect(storeWrites).toBe(0);
    expect(log).toEqual([]);
    expect([...contentManager.stored]).toEqual(before);
  });

  it("keeps an administrator's label over later boots, logging one line", async () => {
    const coverAlt = article().metadatas.coverAlt;
    assert.isDefined(coverAlt);
    coverAlt.edit.label = 'Alt ảnh (BTV đặt)';
    await boot();
    expect(article().metadatas.coverAlt?.edit.label).toBe('Alt ảnh (BTV đặt)');
    expect(contentManager.updates).toEqual([]);
    expect(log).toEqual(["[atlas] content manager: kept the administrator's changes to api::article.article (metadatas.coverAlt)"]);
    await boot();
    expect(article().metadatas.coverAlt?.edit.label).toBe('Alt ảnh (BTV đặt)');
    expect(log).toHaveLength(1);
  });

  it("keeps an administrator's list columns and edit rows", async () => {
    article().layouts.list = ['title', 'slug'];
    article().layouts.edit = [...article().layouts.edit].reverse();
    await boot();
    expect(article().layouts.list).toEqual(['title', 'slug']);
    expect(article().layouts.edit[0]).toEqual([
      { name: 'compiled', size: 4 },
      { name: 'source', size: 8 },
    ]);
    expect(log[0]).toContain('(list, edit)');
  });

  it('places a field added to the schema after boot-time sync, without taking sync for an administrator', async () => {
    const tag = models.get('api::tag.tag')!;
    models.set('api::tag.tag', { ...tag, attributes: { ...tag.attributes, note: { type: 'text' } } });
    await boot();
    const edit = contentManager.stored.get('api::tag.tag')!.layouts.edit;
    expect(edit.flat().map((cell) => cell.name)).toEqual(['name', 'slug', 'note']);
    expect(log.filter((line) => line.includes('kept'))).toEqual([]);
    await boot();
    expect(contentManager.updates).toEqual([]);
  });
});
