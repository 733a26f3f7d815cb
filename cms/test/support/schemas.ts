/**
 * The project's content types and components as their JSON files define them, read from disk so that
 * a test over "every attribute" covers a field added tomorrow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentManagerModel, ModelAttribute } from '../../src/content-manager/desired-parts.ts';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

export interface SchemaAttribute {
  type: string;
  target?: string;
  relation?: string;
  [option: string]: unknown;
}

export interface ProjectSchema {
  uid: string;
  kind: 'contentType' | 'component';
  file: string;
  displayName: string;
  /** Components only: the folder they live in, which the admin shows as their group. */
  category?: string;
  draftAndPublish: boolean;
  attributes: Record<string, SchemaAttribute>;
}

interface SchemaFile {
  info: { displayName: string };
  options?: { draftAndPublish?: boolean };
  attributes: Record<string, SchemaAttribute>;
}

const readJson = (file: string): SchemaFile => JSON.parse(readFileSync(file, 'utf8')) as SchemaFile;

export function projectSchemas(): ProjectSchema[] {
  const schemas: ProjectSchema[] = [];
  for (const api of readdirSync(path.join(SRC, 'api')).sort()) {
    const typesDir = path.join(SRC, 'api', api, 'content-types');
    for (const name of readdirSync(typesDir).sort()) {
      const file = path.join(typesDir, name, 'schema.json');
      const json = readJson(file);
      schemas.push({
        uid: `api::${api}.${name}`,
        kind: 'contentType',
        file,
        displayName: json.info.displayName,
        draftAndPublish: json.options?.draftAndPublish === true,
        attributes: json.attributes,
      });
    }
  }
  for (const category of readdirSync(path.join(SRC, 'components')).sort()) {
    for (const name of readdirSync(path.join(SRC, 'components', category))
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const file = path.join(SRC, 'components', category, name);
      const json = readJson(file);
      schemas.push({
        uid: `${category}.${name.replace(/\.json$/, '')}`,
        kind: 'component',
        file,
        displayName: json.info.displayName,
        category,
        draftAndPublish: false,
        attributes: json.attributes,
      });
    }
  }
  return schemas;
}

/**
 * The model as Strapi's content manager presents it (data-mapper toContentManagerModel): the schema's
 * attributes with relations' targets named `targetModel`, plus id, documentId, timestamps and creator
 * fields on content types.
 */
export function contentManagerModel(schema: ProjectSchema): ContentManagerModel {
  const attributes: Record<string, ModelAttribute> = { id: { type: 'integer' } };
  for (const [name, attribute] of Object.entries(schema.attributes)) {
    // Strapi's content manager leaves hidden attributes (`visible: false`) out of its model.
    if ((attribute as { visible?: boolean }).visible === false) continue;
    attributes[name] =
      attribute.type === 'relation' ? { type: 'relation', targetModel: attribute.target, relationType: attribute.relation } : { type: attribute.type };
  }
  if (schema.kind === 'contentType') {
    Object.assign(attributes, {
      createdAt: { type: 'datetime' },
      updatedAt: { type: 'datetime' },
      createdBy: { type: 'relation', targetModel: 'admin::user', relationType: 'oneToOne' },
      updatedBy: { type: 'relation', targetModel: 'admin::user', relationType: 'oneToOne' },
    });
  }
  attributes.documentId = { type: 'string' };
  return { uid: schema.uid, attributes };
}

/** Strapi's width rules (@strapi/content-manager 5.54, server/services/field-sizes). */
const FULL = { default: 12, isResizable: false };
const SMALL = { default: 4, isResizable: true };
const MEDIUM = { default: 6, isResizable: true };
const FIELD_SIZES: Record<string, { default: number; isResizable: boolean }> = {
  dynamiczone: FULL,
  component: FULL,
  json: FULL,
  richtext: FULL,
  blocks: FULL,
  checkbox: SMALL,
  boolean: SMALL,
  date: SMALL,
  time: SMALL,
  biginteger: SMALL,
  decimal: SMALL,
  float: SMALL,
  integer: SMALL,
  number: SMALL,
  datetime: MEDIUM,
  email: MEDIUM,
  enumeration: MEDIUM,
  media: MEDIUM,
  password: MEDIUM,
  relation: MEDIUM,
  string: MEDIUM,
  text: MEDIUM,
  timestamp: MEDIUM,
  uid: MEDIUM,
};

export function strapiFieldSize(type: string): { default: number; isResizable: boolean } {
  const size = FIELD_SIZES[type];
  if (!size) throw new Error(`Could not find field size for type ${type}`);
  return size;
}
