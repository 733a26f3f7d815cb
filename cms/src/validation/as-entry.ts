import type { Core, UID } from '@strapi/strapi';

/**
 * A stored document in the shape the site receives it over GraphQL (shared/src/rules/entries.ts), so
 * that the CMS checks exactly what the site build will check: relations become documentIds, media keep
 * their file fields, components are mapped field by field and dynamic-zone blocks carry the GraphQL
 * type name of their component (`content.figure` → `ComponentContentFigure`).
 */
type Doc = Record<string, unknown>;
type Attribute = { type: string; relation?: string; target?: string; multiple?: boolean; component?: string; repeatable?: boolean; components?: string[] };
type Populate = Record<string, unknown>;

/** Relations Strapi keeps for itself (authors, the other locales): not content. */
const SYSTEM_RELATIONS = new Set(['createdBy', 'updatedBy', 'localizations']);

function attributesOf(strapi: Core.Strapi, uid: string): Array<[string, Attribute]> {
  const model = strapi.getModel(uid as UID.Schema);
  return Object.entries(model.attributes as Record<string, Attribute>).filter(([name]) => !SYSTEM_RELATIONS.has(name));
}

const TO_MANY = new Set(['oneToMany', 'manyToMany', 'manyWay', 'morphToMany', 'morphMany']);
const isToMany = (attribute: Attribute) => TO_MANY.has(attribute.relation ?? '');

/**
 * What to populate, at the database layer, to see a version whole: relation ids, media, components and
 * dynamic zones, deeply (the shape Strapi's own publish reads drafts with). The database layer, not the
 * Document Service: these are the CMS's own reads, which the API's reader rules must not narrow.
 */
export function populateAll(strapi: Core.Strapi, uid: string): Populate {
  const populate: Populate = {};
  for (const [name, attribute] of attributesOf(strapi, uid)) {
    if (attribute.type === 'relation') populate[name] = { select: ['documentId'] };
    else if (attribute.type === 'media') populate[name] = { select: ['*'] };
    else if (attribute.type === 'component' && attribute.component) populate[name] = { populate: populateAll(strapi, attribute.component) };
    else if (attribute.type === 'dynamiczone') {
      populate[name] = { on: Object.fromEntries((attribute.components ?? []).map((component) => [component, { populate: populateAll(strapi, component) }])) };
    }
  }
  return populate;
}

const documentIdOf = (value: unknown): string | null =>
  value && typeof value === 'object' && typeof (value as Doc).documentId === 'string' ? ((value as Doc).documentId as string) : null;
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function asEntry(strapi: Core.Strapi, uid: string, doc: Doc): Doc {
  const entry: Doc = { ...doc };
  for (const [name, attribute] of attributesOf(strapi, uid)) {
    const value = doc[name];
    switch (attribute.type) {
      case 'relation':
        entry[name] = isToMany(attribute) ? listOf(value).flatMap((item) => documentIdOf(item) ?? []) : documentIdOf(value);
        break;
      case 'media':
        entry[name] = attribute.multiple ? listOf(value) : (value ?? null);
        break;
      case 'component': {
        const component = attribute.component ?? '';
        const mapOne = (item: unknown) => asEntry(strapi, component, (item ?? {}) as Doc);
        entry[name] = attribute.repeatable ? listOf(value).map(mapOne) : value ? mapOne(value) : null;
        break;
      }
      case 'dynamiczone':
        entry[name] = listOf(value).map((block) => {
          const raw = (block as Doc).__component;
          const component = typeof raw === 'string' ? raw : '';
          return { __typename: strapi.components[component as UID.Component]?.globalId ?? component, ...asEntry(strapi, component, block as Doc) };
        });
        break;
      default:
        entry[name] = value ?? null;
    }
  }
  return entry;
}
